/**
 * @module Which operations a changelog entry may name: exactly the spec's operationIds. A typo would
 * otherwise drop the "Changed on" line from the operation page without anyone noticing, so the
 * collection's schema refuses it and the build stops, pointing at the nearest real id.
 */
import { loadSpec } from '../openapi/load.ts';
import { listOperations } from '../openapi/operations.ts';
import type { OpenApiDocument } from '../openapi/types.ts';

/** The ids from `ids` that the spec does not define, in the order given. */
export function unknownOperationIds(ids: readonly string[], spec: OpenApiDocument = loadSpec()): string[] {
  const known = new Set(listOperations(spec).map((op) => op.id));
  return ids.filter((id) => !known.has(id));
}

/** Edit distance, for the "did you mean" hint. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The message for one unknown id: where the ids come from and the closest one the spec has. */
export function unknownOperationMessage(id: string, spec: OpenApiDocument = loadSpec()): string {
  const nearest = listOperations(spec)
    .map((op) => op.id)
    .sort((a, b) => distance(id.toLowerCase(), a.toLowerCase()) - distance(id.toLowerCase(), b.toLowerCase()))[0];
  return `"${id}" is not an operationId in openapi/nairi.v1.yaml${nearest ? ` (did you mean "${nearest}"?)` : ''}`;
}
