/**
 * @module Language-neutral facts emitters share: how a path splits into literal text and
 * variables, which variables are assigned more than once, and the User-Agent samples send.
 */
import { encodePathSegment, isVar, type RequestModel, type Value } from '../request.ts';
import { nameParts, setsVars, type Program } from '../samples/program.ts';

/** Samples identify themselves, as /help/using-the-api#best-practices recommends. */
export const userAgent = (language: string) => `nairi-docs-sample/1.0 (${language})`;

/**
 * What every sample says, before any request, when the key holds a CR or LF: sent on, it would end
 * the Authorization header and start another one.
 */
export const KEY_LINE_BREAK = 'NAIRI_API_KEY contains a line break; a key is one line (nr_...).';

/**
 * What every sample says instead of sending a path with a `.` or `..` segment: no API ID is one, and
 * clients (fetch, curl) would resolve it into another path, such as the parent resource.
 */
export const DOT_SEGMENT = 'Refusing to send a path with a "." or ".." segment (no ID is one; it would address another path): ';

export const DEFAULT_BASE_URL = 'https://api.nairi.ai/api/public/v1';

export type PathPart = { text: string } | { var: string };

/** `/agents/{agent_id}/deploy` with agent_id=var(AGENT_ID) → text, var, text. Literal values are encoded here. */
export function pathParts(request: RequestModel): PathPart[] {
  const parts: PathPart[] = [];
  const push = (part: PathPart) => {
    const last = parts.at(-1);
    if (last && 'text' in last && 'text' in part) last.text += part.text;
    else parts.push(part);
  };
  request.path.split(/(\{\w+\})/).forEach((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (!name) return piece && push({ text: piece });
    const value: Value | undefined = request.pathParams[name];
    if (value === undefined) throw new Error(`${request.operationId}: no value for path parameter ${name}`);
    push(isVar(value) ? { var: value.var } : { text: encodePathSegment(String(value)) });
  });
  return parts;
}

/** Variables assigned more than once (TypeScript needs `let`, Go needs `=` after `:=`). */
export function reassigned(program: Program): Set<string> {
  const counts = new Map<string, number>();
  for (const step of program.steps) for (const v of setsVars(step)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([v]) => v));
}

/** camelCase, for TypeScript. */
export const camel = (name: string) => nameParts(name).map((p, i) => (i ? p[0]!.toUpperCase() + p.slice(1) : p)).join('');

/** snake_case, for Python and Ruby. */
export const snake = (name: string) => nameParts(name).join('_');

/** Go mixedCaps with initialisms (`job_id` → `jobID`). */
export const goName = (name: string, exported = false) =>
  nameParts(name)
    .map((p, i) => (['id', 'url', 'api'].includes(p) ? (i || exported ? p.toUpperCase() : p) : i || exported ? p[0]!.toUpperCase() + p.slice(1) : p))
    .join('');

/** Query values as strings (numbers and booleans as the URL shows them). */
export const queryText = (value: Value) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Query pairs with array values expanded into repeated keys (`provider=a&provider=b`). */
export function queryPairs(request: RequestModel): [string, Value][] {
  return request.query.flatMap(([key, value]) => (Array.isArray(value) ? value.map((v): [string, Value] => [key, v]) : [[key, value]]));
}
