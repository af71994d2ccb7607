/**
 * The Markdown twins in the build (`dist/`): every page in the sitemap has one that parses as plain
 * Markdown, links it from its head, and is listed in llms.txt, whose links all resolve; an operation
 * page's twin holds exactly the programs its HTML page shows. Runs after `astro build`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes as HastNodes } from 'hast';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { twinPath } from '../src/lib/twins/href.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const read = (file: string) => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(file, 'utf8');
};
const sitemapPaths = () => readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) => [...read(join(DIST, f)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
const parse = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
function* walk<T extends { children?: unknown[] }>(node: T): Generator<T> {
  yield node;
  for (const child of (node.children ?? []) as T[]) yield* walk(child);
}
/** A site URL in a twin or llms.txt → its file in dist. */
const distFile = (url: string) => join(DIST, new URL(url).pathname);

const pages = sitemapPaths();

describe('every page in the sitemap has a Markdown twin', () => {
  it('covers the whole sitemap', () => expect(pages.length).toBeGreaterThan(90));

  it.each(pages)('%s', (path) => {
    const md = read(join(DIST, twinPath(path)));
    const tree = parse(md);
    const nodes = [...walk(tree as Nodes & { children?: unknown[] })];
    // Starts with the page's title, as the HTML page's h1.
    const html = fromHtml(read(join(DIST, path, 'index.html')));
    const h1 = [...walk(html as unknown as HastNodes & { children?: unknown[] })].find((n) => (n as Element).tagName === 'h1') as Element;
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(md.split('\n')[0]).toBe(`# ${toText(h1).trim()}`);
    // Plain Markdown: no component tags, no imports, no `[#id]` heading markers.
    expect(nodes.filter((n) => n.type === 'html' && /^<[A-Z]/.test((n as { value: string }).value))).toEqual([]);
    const prose = nodes.filter((n) => n.type === 'paragraph').map((n) => md.slice(n.position!.start.offset, n.position!.end.offset));
    expect(prose.filter((p) => /^(import|export) /.test(p))).toEqual([]);
    expect(nodes.filter((n) => n.type === 'heading').map((n) => md.slice(n.position!.start.offset, n.position!.end.offset)).filter((h) => /\[#[\w.-]+\]\s*$/.test(h))).toEqual([]);
    // Every link is absolute.
    expect(nodes.filter((n) => n.type === 'link').map((n) => (n as { url: string }).url).filter((u) => !/^(https?:|mailto:)/.test(u))).toEqual([]);
    // The HTML page names its twin.
    expect(read(join(DIST, path, 'index.html'))).toContain(`<link rel="alternate" type="text/markdown" href="${twinPath(path)}"`);
  });
});

describe('llms.txt', () => {
  const index = read(join(DIST, 'llms.txt'));
  const links = [...index.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]!);

  it('links every twin, and every link resolves in the build', () => {
    expect(links.map((u) => new URL(u).pathname).sort()).toEqual(expect.arrayContaining(pages.map(twinPath)));
    expect(links.filter((u) => !existsSync(distFile(u)))).toEqual([]);
  });

  it('llms-full.txt holds every twin and says its size on top', () => {
    const full = read(join(DIST, 'llms-full.txt'));
    const [, count, bytes] = /^# .*\((\d+) pages, (\d+) bytes\)\n/.exec(full)!;
    expect(Number(count)).toBe(links.length);
    expect(Buffer.byteLength(full.slice(full.indexOf('\n\n') + 2))).toBe(Number(bytes));
    for (const url of links) expect(full).toContain(`<!-- ${url} -->`);
  });
});

describe('an operation twin holds the same programs as its page', () => {
  const operations = pages.filter((p) => existsSync(join(DIST, p, 'index.html')) && read(join(DIST, p, 'index.html')).includes('data-code-samples'));

  it.each(operations)('%s', (path) => {
    const html = fromHtml(read(join(DIST, path, 'index.html')));
    const samples = [...walk(html as unknown as HastNodes & { children?: unknown[] })].find((n) => (n as Element).properties?.dataCodeSamples !== undefined) as Element;
    // The short forms are in the page; the complete programs in the fragment it fetches when opened.
    const fragment = [...walk(samples as unknown as HastNodes & { children?: unknown[] })].find((n) => (n as Element).properties?.dataPrograms !== undefined) as Element;
    const programs = fromHtml(read(join(DIST, String(fragment.properties.dataPrograms), 'index.html')), { fragment: true });
    // Expressive Code's copy button carries the exact code (line breaks written as U+007F).
    const code = (root: unknown) => [...walk(root as HastNodes & { children?: unknown[] })].map((n) => (n as Element).properties?.dataCode).filter(Boolean).map((c) => String(c).replace(/\u007f/g, '\n'));
    const shown = [...code(samples), ...code(programs)];
    const twin = [...walk(parse(read(join(DIST, twinPath(path)))) as Nodes & { children?: unknown[] })].filter((n) => n.type === 'code' && (n as { lang?: string }).lang !== 'json' && (n as { lang?: string }).lang !== 'http').map((n) => (n as { value: string }).value);
    expect(shown).toHaveLength(10);
    // Expressive Code shows a tab as two spaces (Go's indentation); the twin keeps gofmt's tabs.
    const same = (c: string) => c.replace(/\t/g, '  ').trimEnd();
    expect(twin.map(same).sort()).toEqual(shown.map(same).sort());
  });
});
