/**
 * @module Which operations take an ID, by its prefix: read from each path parameter's pattern
 * (`^cmsg_…`, `^(job|j)_…`) or its `x-id-prefix`. The console uses it to turn the IDs in a response
 * into links to the next call, with the ID filled in.
 */
import { listOperations, resolveRef, type Operation } from './operations.ts';
import { operationPath } from './pages.ts';
import type { OpenApiDocument, Schema } from './types.ts';

export interface NextCall {
  /** The operation's summary, e.g. "Get a message". */
  label: string;
  /** Site path of its page (without the base). */
  path: string;
  /** The path parameter, or the top-level field of the JSON body, the ID fills. */
  param: string;
}

/** ID prefixes a parameter or schema takes: `x-id-prefix`, else the alternatives at the start of its pattern. */
export function idPrefixes(spec: OpenApiDocument, param: { schema?: Schema; 'x-id-prefix'?: string }): string[] {
  const schema = param.schema ? resolveRef<Schema>(spec, param.schema) : undefined;
  const marked = param['x-id-prefix'] ?? (schema?.['x-id-prefix'] as string | undefined);
  if (marked) return [marked];
  const pattern = schema?.pattern as string | undefined;
  const match = pattern && /^\^\(?([a-z]+(?:\|[a-z]+)*)\)?_/.exec(pattern);
  return match ? match[1]!.split('|') : [];
}

/** The places an operation takes an ID: its path parameters, then its JSON body's top-level fields. */
function idSlots(op: Operation): { name: string; schema?: Schema; 'x-id-prefix'?: string }[] {
  const body = op.object.requestBody?.content?.['application/json']?.schema as Schema | undefined;
  const properties = (body?.properties ?? {}) as Record<string, Schema>;
  return [...op.parameters.filter((p) => p.in === 'path') as never[], ...Object.entries(properties).map(([name, schema]) => ({ name, schema }))];
}

/** Prefix → the operations whose path takes an ID with that prefix, in the spec's order. */
export function nextCallsByPrefix(spec: OpenApiDocument): Record<string, NextCall[]> {
  const table: Record<string, NextCall[]> = {};
  for (const op of listOperations(spec)) {
    for (const slot of idSlots(op)) {
      for (const prefix of idPrefixes(spec, slot)) (table[prefix] ??= []).push({ label: op.object.summary, path: operationPath(op), param: slot.name });
    }
  }
  return table;
}
