/** @module Reads the JSON type of a response field from the spec, so typed languages declare it. */
import type { Operation } from '../openapi/operations.ts';
import { resolveRef } from '../openapi/operations.ts';
import type { OpenApiDocument, Schema } from '../openapi/types.ts';
import type { ScalarType } from './program.ts';

/** The success response's JSON schema, with `$ref`s followed at the top. */
export function successSchema(spec: OpenApiDocument, op: Operation): Schema | undefined {
  const status = Object.keys(op.responses).find((s) => s.startsWith('2'));
  const schema = status ? op.responses[status]?.content?.['application/json']?.schema : undefined;
  return schema ? resolveRef<Schema>(spec, schema) : undefined;
}

/** Follows object properties and array items down `path`; throws when the spec has no such field. */
export function schemaAt(spec: OpenApiDocument, schema: Schema | undefined, path: string[], where: string): Schema {
  let node = schema;
  for (const key of path) {
    node = node && resolveRef<Schema>(spec, node);
    if (node?.type === 'array') node = resolveRef<Schema>(spec, node.items);
    node = node?.properties?.[key];
    if (!node) throw new Error(`${where}: the response has no field "${path.join('.')}"`);
  }
  return resolveRef<Schema>(spec, node!);
}

/** The scalar type of a schema; `[string, null]` counts as string. */
export function scalarType(schema: Schema, where: string): ScalarType {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t: string) => t !== 'null');
  const [type] = types;
  if (types.length === 1 && ['string', 'number', 'integer', 'boolean'].includes(type)) return type as ScalarType;
  throw new Error(`${where}: only scalar fields can be saved, found ${JSON.stringify(schema.type)}`);
}
