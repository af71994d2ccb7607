import { describe, expect, it } from 'vitest';
import sax from 'sax';
import { DIAGRAMS, DIAGRAM_TEXT } from './index.ts';
import { FLOW_NAMES } from '../samples/flows.ts';
import { APPENDED_DIAGRAMS, appendedDiagrams } from '../../config/page-diagrams.ts';

interface Parsed { tags: string[]; attributes: string[]; root?: Record<string, string> }

/** Parses with sax in strict mode, which throws on anything that is not well-formed XML. */
function parseXml(xml: string): Parsed {
  const parser = sax.parser(true);
  const out: Parsed = { tags: [], attributes: [] };
  parser.onerror = (error) => { throw error; };
  parser.onopentag = (node) => {
    const attrs = Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [k, String(v)]));
    if (!out.root) out.root = attrs;
    out.tags.push(node.name);
    out.attributes.push(...Object.keys(attrs));
  };
  parser.write(xml).close();
  return out;
}

const cases = [
  ['MessageLifecycle', {}],
  ['KeyPath', {}],
  ...FLOW_NAMES.map((flow) => ['FlowSequence', { flow }] as const),
] as [string, Record<string, string>][];

describe('every diagram', () => {
  it.each(cases)('%s %j is well-formed SVG with no script, event handler, link or hard-coded colour', (name, props) => {
    const { svg } = DIAGRAMS[name]!(props);
    const parsed = parseXml(svg);
    expect(parsed.tags[0]).toBe('svg');
    expect(parsed.root).toMatchObject({ role: 'img', xmlns: 'http://www.w3.org/2000/svg' });
    // The accessible name and description point at elements the SVG holds.
    for (const id of parsed.root!['aria-labelledby']!.split(' ')) expect(svg).toContain(`id="${id}"`);
    expect(parsed.tags).toEqual(expect.arrayContaining(['title', 'desc']));
    expect(parsed.tags).not.toContain('script');
    expect(parsed.tags).not.toContain('foreignObject');
    expect(parsed.tags).not.toContain('a');
    expect(parsed.attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    // Colours come from the page's classes (both themes), never from the drawing.
    expect(parsed.attributes).not.toEqual(expect.arrayContaining(['fill', 'stroke', 'style']));
  });

  it.each(cases)('%s %j has a Markdown text alternative with its title', (name, props) => {
    const text = DIAGRAM_TEXT[name]!(props);
    expect(text).toMatch(/^\*\*.+\*\*\n\n\S/);
    expect(text).not.toContain('<');
  });

  it('fails clearly for a FlowSequence without a known flow', () => {
    expect(() => DIAGRAM_TEXT.FlowSequence!({ flow: 'nope' })).toThrow(/FlowSequence needs flow=/);
  });
});

describe('message lifecycle', () => {
  it('names every status of the spec, in order, and what the API returns', () => {
    const { markdown } = DIAGRAMS.MessageLifecycle!({});
    const order = ['queued', 'pending', 'completed', 'failed'].map((s) => markdown.indexOf(`\`${s}\``));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown).toContain('`GET /messages/{message_id}`');
    expect(markdown).toContain('`GET /conversations/{job_id}/messages`');
    expect(markdown).toMatch(/202 with `job_id` and `message_id`/);
  });
});

describe('diagrams appended to seeded pages', () => {
  it('puts the key diagram below Using the API, and each appended name has a text alternative', () => {
    expect(appendedDiagrams('help/using-the-api')).toEqual(['KeyPath']);
    expect(appendedDiagrams('help/vaults')).toEqual([]);
    for (const names of Object.values(APPENDED_DIAGRAMS)) for (const name of names) expect(DIAGRAM_TEXT[name]).toBeTypeOf('function');
  });
});
