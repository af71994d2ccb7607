/**
 * Walks the spec and the built site together: every operation has a page whose parameter, body
 * and response tables list exactly what the spec says. Runs after `astro build` (npm test builds first).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSpec } from '../src/lib/openapi/load.ts';
import { listOperations } from '../src/lib/openapi/operations.ts';
import { explorerHash, operationPath, tagPath } from '../src/lib/openapi/pages.ts';
import { schemaRows } from '../src/lib/openapi/schema-rows.ts';
import { errorExamples } from '../src/lib/openapi/truth.ts';
import { entriesNaming, entryPath } from '../src/lib/changelog/model.ts';
import { changelogEntriesFromFiles } from './changelog-entries.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const spec = loadSpec();
const page = (path: string) => {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(file, 'utf8');
};
const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&#91;/g, '[').replace(/&#93;/g, ']'));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The HTML of one table, found by an attribute on it. */
const table = (html: string, marker: string) => {
  const at = html.indexOf(marker);
  return at < 0 ? '' : html.slice(at, html.indexOf('</table>', at));
};

describe.each(listOperations(spec).map((op) => [op.id, op] as const))('%s', (_id, op) => {
  const html = page(operationPath(op));

  it('has a page with its method, full URL, summary and explorer link', () => {
    expect(html).toContain(`data-operation="${op.id}"`);
    expect(html).toContain(`${spec.servers[0]!.url}${op.path}`);
    expect(html).toMatch(new RegExp(`<h1 id="_top"[^>]*>${escapeRegExp(escapeHtml(op.object.summary))}</h1>`));
    expect(html).toContain(`href="/api/explorer/#${explorerHash(op)}"`);
  });

  it('lists exactly the spec\'s parameters', () => {
    expect(attrs(html, 'data-param').sort()).toEqual(op.parameters.map((p) => p.name).sort());
  });

  it('lists exactly the request body fields', () => {
    const content = op.object.requestBody?.content ?? {};
    const schema = (content['application/json'] ?? content['multipart/form-data'])?.schema;
    const expected = schema ? schemaRows(spec, schema).map((r) => r.path) : [];
    expect(attrs(table(html, 'data-schema="body"'), 'data-field')).toEqual(expected);
  });

  it('shows every response status, with the success schema', () => {
    expect(attrs(html, 'data-status').sort()).toEqual(Object.keys(op.responses).sort());
    for (const [status, response] of Object.entries(op.responses).filter(([s]) => s.startsWith('2'))) {
      const schema = response.content?.['application/json']?.schema;
      const expected = schema ? schemaRows(spec, schema).map((r) => r.path) : [];
      expect(attrs(table(html, `data-schema="response-${status}"`), 'data-field')).toEqual(expected);
    }
  });

  it('shows what Nairi does not document: the inferred note, assumed fields, illustrative errors', () => {
    const inferred = op.object['x-inferred'];
    const note = /<p class="not-documented[^"]*" data-inferred[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
    if (inferred) expect(note, 'the inferred note and its reason').toContain(escapeHtml(inferred));
    else expect(note).toBeUndefined();
    const errorMedia = Object.entries(op.responses).filter(([status]) => !status.startsWith('2')).map(([, r]) => r.content?.['application/json']);
    const texts = new Set(errorMedia.flatMap((m) => [m?.example, ...Object.values(m?.examples ?? {}).map((x) => x.value)]).map((v) => (v as { error?: string } | undefined)?.error));
    const illustrative = errorExamples(spec).filter((e) => e.illustrative && texts.has(e.text));
    const shown = [...html.matchAll(/<p data-illustrative[^>]*>\s*<code>([^<]*)<\/code>/g)].map((m) => JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).error);
    expect(shown.sort()).toEqual([...new Set(illustrative.map((e) => e.text))].sort());
  });

  it('carries the five-language samples', () => {
    for (const label of ['bash', 'TypeScript', 'Ruby', 'Python', 'Go']) expect(html).toContain(`>${label}</a>`);
    expect(html).toContain('nairi-docs-sample/1.0');
  });
});

describe('tag overview pages and the downloadable spec', () => {
  it.each(spec.tags.map((t) => t.name))('%s links every operation of the tag', (tag) => {
    const html = page(tagPath(tag));
    for (const op of listOperations(spec).filter((o) => o.tag === tag)) expect(html).toContain(`href="${operationPath(op)}"`);
  });

  it.each(spec.tags.map((t) => t.name))('%s carries its guide: how it works, when to use it, tips', (tag) => {
    const ids = attrs(page(tagPath(tag)), 'id');
    expect(ids).toEqual(expect.arrayContaining(['how-it-works', 'when-to-use-it', 'tips', 'operations']));
  });

  it('serves the spec as JSON and YAML with our samples in x-codeSamples', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'openapi.json'), 'utf8'));
    expect(json.paths['/agents/{agent_id}/deploy'].post['x-codeSamples'].map((s: { label: string }) => s.label)).toEqual(['bash', 'TypeScript', 'Ruby', 'Python', 'Go']);
    expect(readFileSync(join(DIST, 'openapi.yaml'), 'utf8')).toContain('operationId: deployAgent');
  });
});

describe('the changelog and the operations it names', () => {
  const entries = changelogEntriesFromFiles();

  it('lists every entry, newest first, on /api/changelog/', () => {
    expect(attrs(page('/api/changelog/'), 'data-changelog-entry')).toEqual(entries.map((e) => e.anchor));
  });

  it.each(listOperations(spec).map((op) => [op.id, op] as const))('%s says when it changed, linking each entry', (id, op) => {
    const line = /<p class="changed-on[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(page(operationPath(op)))?.[1];
    const naming = entriesNaming(entries, id);
    if (!naming.length) {
      expect(line).toBeUndefined();
      return;
    }
    expect(line).toContain('Changed on');
    expect(attrs(line!, 'href')).toEqual(naming.map((e) => entryPath(e)));
  });
});
