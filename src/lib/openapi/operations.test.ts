import { describe, expect, it } from 'vitest';
import { loadSpec } from './load.ts';
import { listOperations } from './operations.ts';

const spec = loadSpec();
const operations = listOperations(spec);

describe('the spec', () => {
  it('covers every endpoint of the public API facts', () => {
    expect(operations.length).toBeGreaterThanOrEqual(54);
  });

  it('gives every operation a unique operationId and a page slug unique within its tag', () => {
    const ids = operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pages = operations.map((o) => `${o.tag}/${o.page}`);
    expect(new Set(pages).size).toBe(pages.length);
    for (const op of operations) expect(op.page, op.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('tags every operation with one of the declared navigation groups', () => {
    const tags = new Set(spec.tags.map((t) => t.name));
    for (const op of operations) expect(tags.has(op.tag), `${op.id}: ${op.tag}`).toBe(true);
  });

  it('documents 401 and 500 on every operation and a 2xx with a schema unless it is 204', () => {
    for (const op of operations) {
      expect(Object.keys(op.responses), op.id).toEqual(expect.arrayContaining(['401', '500']));
      const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      expect(success, op.id).toHaveLength(1);
      if (success[0] !== '204') expect(op.responses[success[0]!]!.content?.['application/json']?.schema, op.id).toBeDefined();
    }
  });

  it('declares every path parameter of every path', () => {
    for (const op of operations) {
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name).sort(), op.id).toEqual(names.sort());
    }
  });
});
