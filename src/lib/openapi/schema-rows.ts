/**
 * @module Flattens a JSON schema into table rows: nested objects and arrays become dotted paths
 * (`attachment_ids[]`, `messages[].role`), each with type, requirement, default, enum and limits.
 */
import { resolveRef } from './operations.ts';
import type { OpenApiDocument, Schema } from './types.ts';

export interface SchemaRow {
  /** Dotted path from the root, `[]` marking array items. */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  nullable: boolean;
  default?: string;
  enum?: string[];
  /** Human-readable limits: `1–100`, `pattern ^cci_…`, `at most 10 items`. */
  constraints: string[];
  description?: string;
  /** Why this field is this site's assumption (`x-assumed`), when it is one. */
  assumed?: string;
}

const LIMITS: [string, (v: any) => string][] = [
  ['minLength', (v) => `min length ${v}`], ['maxLength', (v) => `max length ${v}`],
  ['minimum', (v) => `≥ ${v}`], ['maximum', (v) => `≤ ${v}`],
  ['minItems', (v) => `at least ${v} items`], ['maxItems', (v) => `at most ${v} items`],
  ['uniqueItems', (v) => (v ? 'unique items' : '')], ['format', (v) => `format ${v}`], ['pattern', (v) => `pattern ${v}`],
];

/** The type label of a schema: `string`, `integer`, `array of string`, `object`. */
export function typeLabel(spec: OpenApiDocument, raw: Schema): string {
  const schema = resolveRef<Schema>(spec, raw);
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'any')]).filter((t: string) => t !== 'null');
  return types.map((t: string) => (t === 'array' ? `array of ${typeLabel(spec, schema.items ?? {})}` : t)).join(' or ');
}

function describe(spec: OpenApiDocument, raw: Schema, path: string, depth: number, required: boolean, out: SchemaRow[], seen: Set<Schema>) {
  const schema = resolveRef<Schema>(spec, raw);
  const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const row: SchemaRow = {
    path, depth, required, type: typeLabel(spec, schema), nullable: types.includes('null'),
    constraints: LIMITS.map(([key, fmt]) => (schema[key] !== undefined ? fmt(schema[key]) : '')).filter(Boolean),
    ...(schema.default !== undefined ? { default: JSON.stringify(schema.default) } : {}),
    ...(schema.enum ? { enum: schema.enum.map(String) } : {}),
    ...(schema.description ?? raw.description ? { description: raw.description ?? schema.description } : {}),
    ...(raw['x-assumed'] ?? schema['x-assumed'] ? { assumed: raw['x-assumed'] ?? schema['x-assumed'] } : {}),
  };
  if (path) out.push(row);
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema.properties) {
    const needed = new Set<string>(schema.required ?? []);
    for (const [key, child] of Object.entries<Schema>(schema.properties)) {
      describe(spec, child, path ? `${path}.${key}` : key, path ? depth + 1 : 0, needed.has(key), out, seen);
    }
  }
  const items = schema.items && resolveRef<Schema>(spec, schema.items);
  if (items?.properties) describe(spec, items, path ? `${path}[]` : '[]', path ? depth + 1 : 0, true, out, seen);
  seen.delete(schema);
}

/** Rows for every field of a schema (the root itself only when it is not an object). */
export function schemaRows(spec: OpenApiDocument, schema: Schema): SchemaRow[] {
  const out: SchemaRow[] = [];
  describe(spec, schema, '', 0, true, out, new Set());
  return out;
}
