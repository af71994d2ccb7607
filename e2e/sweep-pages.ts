/**
 * @module Which pages the axe sweep visits. Every hand-written page is swept. Operation pages all come
 * from one template and differ only by what the spec gives them, so the sweep visits one page for
 * each combination of the parts that change their markup (method, body kind, parameters, polling,
 * marks, an empty success response); the others repeat a combination already swept.
 */
import { loadSpec } from '../src/lib/openapi/load.ts';
import { listOperations } from '../src/lib/openapi/operations.ts';
import { operationPath } from '../src/lib/openapi/pages.ts';

/** The parts of an operation that change its page's markup. */
function variant(op: ReturnType<typeof listOperations>[number]): string {
  const content = op.object.requestBody?.content ?? {};
  const object = op.object as unknown as Record<string, unknown>;
  return [
    op.method,
    content['multipart/form-data'] ? 'multipart' : content['application/json'] ? 'json' : 'no-body',
    op.parameters.some((p) => p.in === 'path') ? 'path' : '',
    op.parameters.some((p) => p.in === 'query') ? 'query' : '',
    object['x-poll'] ? 'poll' : '',
    object['x-inferred'] ? 'inferred' : '',
    JSON.stringify(op.object).includes('x-assumed') ? 'assumed' : '',
    Object.keys(op.responses).includes('204') ? '204' : '',
  ].join('|');
}

export function sweptPaths(all: string[]): { swept: string[]; skipped: number } {
  const operations = listOperations(loadSpec());
  const seen = new Set<string>();
  const chosen = new Set<string>();
  for (const op of operations) {
    const key = variant(op);
    if (!seen.has(key)) chosen.add(operationPath(op));
    seen.add(key);
  }
  const generated = new Set(operations.map(operationPath));
  const swept = all.filter((p) => !generated.has(p) || chosen.has(p));
  return { swept, skipped: all.length - swept.length };
}
