/**
 * @module Request and response validation compiled from the spec with Ajv (JSON Schema 2020-12,
 * which OpenAPI 3.1 uses). The sandbox rejects what the spec rejects and the contract tests check
 * every response, from the same schemas: nothing is described twice.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from './types.ts';
import { pointerSegment, type Operation } from './operations.ts';

/** Values of one request, as the server sees them after parsing. */
export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  /** Parsed JSON body, or undefined when none was sent. */
  body?: unknown;
}

/** Turns Ajv's first error into a sentence that starts with the field's name. */
export function describeError(error: ErrorObject, root: string): string {
  const path = error.instancePath.split('/').filter(Boolean).join('.');
  const field = [root, path].filter(Boolean).join('.');
  switch (error.keyword) {
    case 'required':
      return `${[field, error.params.missingProperty].filter(Boolean).join('.')} is required`;
    case 'enum':
      return `${field} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'type':
      return `${field} must be ${String(error.params.type).replace(',', ' or ')}`;
    default:
      return `${field || 'body'} ${error.message ?? 'is invalid'}`;
  }
}

/** Converts a query string value to the type its schema asks for, so `limit=5` checks as 5. */
function coerce(value: string, schema: Record<string, any>): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return value.trim() === '' ? value : Number(value);
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

export interface SpecValidator {
  /** First problem with a request, as a message naming the field, or undefined when it is valid. */
  checkRequest(op: Operation, parts: RequestParts): string | undefined;
  /** Every problem with a response body for a status, empty when it matches the spec. */
  checkResponse(op: Operation, status: number, body: unknown): string[];
  /** Query values converted to their schema types (numbers, booleans). */
  coerceQuery(op: Operation, query: RequestParts['query']): Record<string, unknown>;
}

/** Compiles validators lazily, once per schema location. */
export function createValidator(spec: OpenApiDocument): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(spec as object, 'spec');
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let fn = compiled.get(pointer);
    if (!fn) compiled.set(pointer, (fn = ajv.compile({ $ref: `spec${pointer}` })));
    return fn;
  };

  return {
    coerceQuery(op, query) {
      const out: Record<string, unknown> = {};
      for (const p of op.parameters.filter((x) => x.in === 'query')) {
        const raw = query[p.name];
        if (raw !== undefined) out[p.name] = coerce(raw, p.schema);
      }
      return out;
    },
    checkRequest(op, parts) {
      const query = this.coerceQuery(op, parts.query);
      for (const p of op.parameters) {
        const value = p.in === 'path' ? parts.params[p.name] : p.in === 'query' ? query[p.name] : undefined;
        if (value === undefined) {
          if (p.required) return `${p.name} is required`;
          continue;
        }
        const validate = validatorAt(p.schemaPointer);
        if (!validate(value)) return describeError(validate.errors![0]!, p.name);
      }
      const json = op.object.requestBody?.content['application/json'];
      if (json?.schema) {
        if (parts.body === undefined) {
          if (op.object.requestBody?.required) return 'request body is required (JSON)';
          return undefined;
        }
        const validate = validatorAt(`${op.pointer}/requestBody/content/application~1json/schema`);
        if (!validate(parts.body)) return describeError(validate.errors![0]!, '');
      }
      return undefined;
    },
    checkResponse(op, status, body) {
      const key = String(status) in op.responses ? String(status) : undefined;
      if (!key) return [`status ${status} is not documented for ${op.id}`];
      const response = op.responses[key]!;
      if (!response.content) return body === undefined || body === '' ? [] : [`${op.id} ${status} documents no body`];
      const raw = op.object.responses[key] as { $ref?: string };
      const base = raw.$ref ? raw.$ref.slice(1) : `${op.pointer.slice(1)}/responses/${pointerSegment(key)}`;
      const validate = validatorAt(`#${base}/content/application~1json/schema`);
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${op.id} ${status}: ${describeError(e, 'body')}`);
    },
  };
}
