/**
 * @module The one request model. Samples in every language, the console's Send and "copy as
 * curl" are all produced from a RequestModel, so they cannot disagree about a request.
 */
import type { Operation } from './openapi/operations.ts';
import type { MediaType } from './openapi/types.ts';

/** A program variable's name: what the flow files' identifier pattern allows. */
export const VAR_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * A reference to a program variable (a value read from the environment or an earlier response).
 * A class, not a `{"var": …}` object: JSON data (a body the user typed, a case file) can never
 * produce one, so data that looks like a reference is always sent and written as data.
 */
export class VarRef {
  readonly var: string;
  constructor(name: string) {
    if (!VAR_NAME.test(name)) throw new Error(`"${name}" is not a variable name: letters, digits and _, starting with a letter.`);
    this.var = name;
  }
}

/** A reference to the variable `name` (checked against VAR_NAME). */
export const varRef = (name: string) => new VarRef(name);

/** A JSON value in which any leaf may be a variable reference. */
export type Value = string | number | boolean | null | VarRef | Value[] | { [key: string]: Value };

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Body =
  | { kind: 'json'; value: Value }
  /** One file field; `file` is the local path to read. */
  | { kind: 'multipart'; field: string; file: Value };

export interface RequestModel {
  operationId: string;
  method: Method;
  /** Path below the base URL with `{name}` placeholders, e.g. `/agents/{agent_id}/deploy`. */
  path: string;
  pathParams: Record<string, Value>;
  /** Query pairs in order; an array value repeats the key. */
  query: [string, Value][];
  body?: Body;
}

export const isVar = (value: unknown): value is VarRef => value instanceof VarRef;

/** Replaces every variable reference using `lookup`. */
export function resolveValue(value: Value, lookup: (name: string) => unknown): unknown {
  if (isVar(value)) return lookup(value.var);
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, lookup));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, lookup)]));
  return value;
}

/** Every variable a request reads, in first-use order. */
export function requestVars(request: RequestModel): string[] {
  const found: string[] = [];
  const walk = (value: Value | undefined) => {
    if (value === undefined) return;
    if (isVar(value)) found.push(value.var);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  Object.values(request.pathParams).forEach(walk);
  request.query.forEach(([, v]) => walk(v));
  if (request.body?.kind === 'json') walk(request.body.value);
  if (request.body?.kind === 'multipart') walk(request.body.file);
  return [...new Set(found)];
}

/** Encodes one path segment; a slug's `/` becomes `%2F`, which the API accepts. */
export const encodePathSegment = (value: string) => encodeURIComponent(value);

/**
 * The path every endpoint sits under. A base URL may be the bare host, as Nairi's own client takes
 * it (`https://api.nairi.ai`), or the full base: the console and every sample add the prefix when
 * it is missing.
 */
export const API_PREFIX = '/api/public/v1';

/** `https://api.nairi.ai/` → `https://api.nairi.ai/api/public/v1`; a full base only loses trailing slashes. */
export function apiBase(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith(API_PREFIX) ? trimmed : `${trimmed}${API_PREFIX}`;
}

/** A request's path and query below the base URL, every value resolved and encoded: `/models?provider=openai`. */
export function requestTarget(request: RequestModel, lookup: (name: string) => unknown = () => undefined): string {
  const path = request.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = resolveValue(request.pathParams[name] ?? '', lookup);
    return encodePathSegment(String(value ?? ''));
  });
  const params = new URLSearchParams();
  for (const [key, raw] of request.query) {
    const value = resolveValue(raw, lookup);
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined && item !== null) params.append(key, String(item));
  }
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The absolute URL of a request, with every value resolved. */
export function buildUrl(request: RequestModel, baseUrl: string, lookup: (name: string) => unknown = () => undefined): string {
  return `${apiBase(baseUrl)}${requestTarget(request, lookup)}`;
}

/** The example a media type documents, if any. */
export function mediaExample(media: MediaType | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  return Object.values(media.examples ?? {})[0]?.value;
}

/** Environment-variable name used for a path parameter in samples: `agent_id` → `AGENT_ID`. */
export const envName = (param: string) => param.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * The request an operation's documentation shows: the spec's examples for the body and query,
 * path parameters read from variables named after them (`agent_id` → variable `AGENT_ID`).
 */
export function fromOperation(op: Operation): RequestModel {
  const pathParams = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, varRef(envName(p.name))]));
  const query = op.parameters
    .filter((p) => p.in === 'query' && p.example !== undefined)
    .map((p): [string, Value] => [p.name, p.example as Value]);
  const content = op.object.requestBody?.content ?? {};
  let body: Body | undefined;
  if (content['multipart/form-data']) body = { kind: 'multipart', field: 'file', file: varRef('FILE_PATH') };
  else if (content['application/json']) body = { kind: 'json', value: (mediaExample(content['application/json']) ?? {}) as Value };
  return { operationId: op.id, method: op.method.toUpperCase() as Method, path: op.path, pathParams, query, ...(body ? { body } : {}) };
}
