/** @module Inlines local `$ref`s so a schema can travel to the browser as plain JSON. */
import { resolveRef } from './operations.ts';
import type { OpenApiDocument, Schema } from './types.ts';

/** A copy of `schema` with every `#/components/...` reference replaced by its target. */
export function dereference(spec: OpenApiDocument, schema: Schema, depth = 0): Schema {
  if (depth > 20) throw new Error('schema nests too deeply (a recursive $ref?)');
  if (Array.isArray(schema)) return schema.map((s) => dereference(spec, s, depth + 1)) as unknown as Schema;
  if (!schema || typeof schema !== 'object') return schema;
  const target = schema.$ref ? resolveRef<Schema>(spec, schema as { $ref: string }) : schema;
  const { $ref: _ref, ...rest } = { ...target, ...(schema.$ref ? Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$ref')) : {}) };
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === 'object' && v !== null ? dereference(spec, v, depth + 1) : v]));
}
