/**
 * @module Which operations take an ID, by its prefix: read from each path parameter's pattern
 * (`^cmsg_…`, `^(job|j)_…`) or its `x-id-prefix`. The console uses it to turn the IDs in a response
 * into links to the next call, with the ID filled in.
 */
import { listOperations, resolveRef } from './operations.ts';
import { operationPath } from './pages.ts';
import type { OpenApiDocument, Schema } from './types.ts';

export interface NextCall {
  /** The operation's summary, e.g. "Get a message". */
  label: string;
  /** Site path of its page (without the base). */
  path: string;
  /** The path parameter the ID fills. */
  param: string;
}

/** ID prefixes a parameter takes: `x-id-prefix`, else the alternatives at the start of its pattern. */
export function idPrefixes(spec: OpenApiDocument, param: { schema?: Schema; 'x-id-prefix'?: string }): string[] {
  if (param['x-id-prefix']) return [param['x-id-prefix']];
  const pattern = param.schema ? (resolveRef<Schema>(spec, param.schema).pattern as string | undefined) : undefined;
  const match = pattern && /^\^\(?([a-z]+(?:\|[a-z]+)*)\)?_/.exec(pattern);
  return match ? match[1]!.split('|') : [];
}

/** Prefix → the operations whose path takes an ID with that prefix, in the spec's order. */
export function nextCallsByPrefix(spec: OpenApiDocument): Record<string, NextCall[]> {
  const table: Record<string, NextCall[]> = {};
  for (const op of listOperations(spec)) {
    for (const param of op.parameters.filter((p) => p.in === 'path')) {
      for (const prefix of idPrefixes(spec, param as never)) (table[prefix] ??= []).push({ label: op.object.summary, path: operationPath(op), param: param.name });
    }
  }
  return table;
}
