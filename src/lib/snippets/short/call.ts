/**
 * @module The request of a short form: a RequestModel with every variable replaced by its value, so
 * the short form can show it as literals (the path and query already encoded, the body as data).
 * Languages only decide how to write it; what is sent comes from the request model alone.
 */
import { requestTarget, resolveValue, type Method, type RequestModel, type Value } from '../../request.ts';
import type { Program } from '../../samples/program.ts';

export interface ShortCall {
  method: Method;
  /** Path and query below the base URL, encoded as buildUrl encodes them: `/agents/my%2Fagent`. */
  target: string;
  json?: Value;
  /** A multipart upload: the form field, the local file to read and the file name sent with it. */
  upload?: { field: string; path: string; fileName: string };
}

/** The last segment of a path, as `basename` gives it (either kind of slash). */
const baseName = (path: string) => path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;

/**
 * The call `request` makes with `values` for its variables. A path segment of `.` or `..` is refused
 * here, when the site is built: the short form has no room for the complete program's runtime check,
 * and curl or fetch would resolve such a segment into another path.
 */
export function shortCall(request: RequestModel, values: Record<string, string>): ShortCall {
  const lookup = (name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`${request.operationId}: the short form has no value for ${name}`);
    return values[name];
  };
  const target = requestTarget(request, lookup);
  const segments = target.split('?')[0]!.split('/');
  if (segments.some((s) => s === '.' || s === '..')) throw new Error(`${request.operationId}: refusing a short form with a "." or ".." path segment: ${target}`);
  const call: ShortCall = { method: request.method, target };
  const body = request.body;
  if (body?.kind === 'json') call.json = resolveValue(body.value, lookup) as Value;
  if (body?.kind === 'multipart') {
    const path = String(resolveValue(body.file, lookup));
    call.upload = { field: body.field, path, fileName: baseName(path) };
  }
  return call;
}

/** The values a program's short form shows: each input's default, or `env`'s value for it. */
export function inputValues(program: Program, env: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(program.inputs.map((input) => [input.name, env[input.name] ?? input.default]));
}
