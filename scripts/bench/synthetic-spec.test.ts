import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { listOperations, resolveRef, type Operation } from '../../src/lib/openapi/operations.ts';
import { addedTags, specTagSlug, syntheticSpec } from './synthetic-spec.ts';
import { writeTagGuides } from './tag-guides.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const spec = loadSpec();
const original = listOperations(spec);
const dir = mkdtempSync(join(tmpdir(), 'synthetic-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every `$ref` value anywhere in the document. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) refs(x, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

describe.each([110, 990, 1000])('syntheticSpec(spec, %i)', (target) => {
  const synthetic = syntheticSpec(spec, target);
  const operations = listOperations(synthetic);

  it('has exactly that many operations, which listOperations reads', () => {
    expect(operations).toHaveLength(target);
    for (const op of operations) {
      expect(op.page, op.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const [status, response] of Object.entries(op.responses)) expect(response?.description, `${op.id} ${status}`).toBeTruthy();
    }
  });

  it('gives each operation a unique operationId, method+path and page within its tag', () => {
    const keys: ((op: Operation) => string)[] = [(o) => o.id, (o) => `${o.method} ${o.path}`, (o) => `${o.tag}/${o.page}`];
    for (const key of keys) {
      const values = operations.map(key);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('declares every tag it uses, each with a unique name and slug', () => {
    const names = synthetic.tags.map((t) => t.name);
    const slugs = synthetic.tags.map(specTagSlug);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(operations.map((o) => o.tag))).toEqual(new Set(names));
  });

  it('resolves every $ref', () => {
    const all = refs(synthetic);
    expect(all.length).toBeGreaterThan(target);
    for (const ref of new Set(all)) expect(resolveRef(synthetic, { $ref: ref }), ref).toBeDefined();
  });

  it('starts with the original spec unchanged, so content naming its operations still builds', () => {
    expect(synthetic.tags.slice(0, spec.tags.length)).toEqual(spec.tags);
    expect(operations.slice(0, original.length).map((o) => o.object)).toEqual(original.map((o) => o.object));
    expect(synthetic.components).toEqual(spec.components);
  });
});

describe('syntheticSpec', () => {
  it('is deterministic and leaves its input alone', () => {
    const before = JSON.stringify(spec);
    expect(JSON.stringify(syntheticSpec(spec, 1000))).toBe(JSON.stringify(syntheticSpec(spec, 1000)));
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('refuses fewer operations than the spec has, which would break the content naming them', () => {
    expect(() => syntheticSpec(spec, original.length - 1)).toThrow(/at least/);
    expect(() => syntheticSpec(spec, 100.5)).toThrow(/integer/);
  });

  it('writes one guide per added tag, named by its slug, with only a title in its frontmatter', () => {
    const synthetic = syntheticSpec(spec, 120);
    const files = writeTagGuides(join(dir, 'api-tags'), addedTags(spec, synthetic), specTagSlug);
    expect(files.map((f) => f.split('/').pop())).toEqual(synthetic.tags.slice(spec.tags.length).map((t) => `${specTagSlug(t)}.mdx`));
    const guide = readFileSync(files.find((f) => f.endsWith('/channels-2.mdx'))!, 'utf8');
    expect(parse(guide.split('---')[1]!)).toEqual({ title: 'Connected channels (read-only) 2' });
  });

  it('writes YAML that reads back as the same document, with no anchors or aliases', () => {
    // 60: the original and a partial copy; the `yaml` package is slow enough on 1,000 to matter here.
    const synthetic = syntheticSpec(spec, 60);
    const text = stringify(synthetic, { lineWidth: 0 });
    expect(text).not.toMatch(/^\s*[\w-]+: [&*]/m);
    expect(parse(text)).toEqual(synthetic);
  });

  // Redocly's recommended rules and ours, minus the example checks: the copies share the original's
  // examples, which `npm run lint:spec` already checks, and those checks take most of the time.
  // 1,000 only: copies are cut in document order, so 110 and 990 are exactly its first 2 and 18
  // copies, and linting them again would double the time for nothing new. A JSON file, because the
  // `yaml` package takes longer to write 1,000 operations than Redocly takes to lint them.
  it('passes Redocly lint as OpenAPI 3.1', async () => {
    const config = parse(readFileSync(join(ROOT, 'redocly.yaml'), 'utf8'));
    for (const rule of ['no-invalid-media-type-examples', 'no-invalid-parameter-examples', 'no-invalid-schema-examples']) config.rules[rule] = 'off';
    writeFileSync(join(dir, 'redocly.yaml'), stringify(config));
    const file = join(dir, 'spec-1000.json');
    writeFileSync(file, JSON.stringify(syntheticSpec(spec, 1000)));
    const { stdout, stderr } = await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/redocly'),
      ['lint', '--config', join(dir, 'redocly.yaml'), '--format=stylish', file],
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    ).catch((error: { stdout: string; stderr: string }) => ({ stdout: `FAILED\n${error.stdout}`, stderr: error.stderr }));
    expect(`${stdout}${stderr}`).toMatch(/Your API description is valid/);
    expect(`${stdout}${stderr}`).not.toMatch(/FAILED|warning/i);
  });
});
