import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { declaredNames, isComponentName, knownComponentsPlugin } from './known-components.ts';

const compile = async (src: string) =>
  mdxToJs(src, { mdastPlugins: [knownComponentsPlugin()], fileURL: pathToFileURL('/site/content/docs/page.mdx') });

describe('knownComponentsPlugin', () => {
  it('accepts the auto-imported components and HTML tags', async () => {
    await expect(compile('<Callout type="warn">Hi</Callout>\n\n<kbd>K</kbd> <Card title="x" />')).resolves.toBeDefined();
  });

  it('names file, line and column of an unknown component', async () => {
    await expect(compile('# Title\n\nSome text.\n\n  <Bogus />')).rejects.toThrow(
      /\/site\/content\/docs\/page\.mdx:5:3: unknown MDX component <Bogus>.*Callout/,
    );
  });

  it('flags unknown inline components too', async () => {
    await expect(compile('Text <Badge text="x" /> here')).rejects.toThrow(/page\.mdx:1:6: unknown MDX component <Badge>/);
  });

  it('names file, line and column of a callout type the dialect does not have', async () => {
    await expect(compile('Intro.\n\n<Callout type="tip">Hi</Callout>')).rejects.toThrow(
      /page\.mdx:3:1: <Callout type="tip"> is not supported; use one of "info", "warn", "error"\./,
    );
    await expect(compile('<Callout type={kind}>Hi</Callout>')).resolves.toBeDefined();
  });

  it('accepts components the page imports itself', async () => {
    await expect(compile("import { Badge as Tag } from './x.astro';\n\n<Tag />")).resolves.toBeDefined();
  });
});

describe.each([
  ["import A from './a.astro'", ['A']],
  ["import { B, C as D } from 'x'", ['B', 'D']],
  ["import * as NS from 'x'", ['NS']],
  ['export const E = () => null', ['E']],
])('declaredNames(%j)', (esm, names) => {
  it(`is ${names.join(', ')}`, () => expect(declaredNames(esm)).toEqual(names));
});

describe.each([
  ['Callout', true],
  ['NS.Thing', true],
  ['div', false],
  ['kbd', false],
])('isComponentName(%j)', (name, expected) => {
  it(`is ${expected}`, () => expect(isComponentName(name)).toBe(expected));
});
