/**
 * @module The sandbox: a stateful, Nairi-compatible API as a Hono app (no listen here; see serve.ts).
 *
 * Routes come from the spec: every operation is registered from its path and method, its request
 * is validated against the spec's schemas, and its handler is looked up by operationId. An
 * operation without a handler fails at start-up, so the sandbox cannot fall behind the spec.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { LRUCache } from 'lru-cache';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { listOperations, type Operation } from '../../src/lib/openapi/operations.ts';
import { createValidator } from '../../src/lib/openapi/validator.ts';
import { keyProblem } from './auth.ts';
import { ApiError, errorBody } from './errors.ts';
import { seed } from './fixtures.ts';
import { newId } from './ids.ts';
import { parseMultipart } from './multipart.ts';
import { recordRequest } from './record.ts';
import { handlers } from './routes/index.ts';
import { Store } from './store.ts';
import type { ApiRequest, SandboxOptions } from './types.ts';

export const BASE_PATH = '/api/public/v1';

export const DEFAULT_OPTIONS = {
  replyDelayMs: 1500,
  revokedKeys: ['nr_revoked_example_key'],
  allowedOrigins: ['http://127.0.0.1:4321', 'http://localhost:4321'],
  seed: true,
  strict: false,
  // Uploads may be 50 MB (the documented attachment limit) plus the multipart framing.
  maxBodyBytes: 51 * 1024 * 1024,
  maxOrganizations: 1000,
} satisfies SandboxOptions;

/** Response headers a browser may read (the console shows them). */
export const EXPOSED_HEADERS = ['Content-Type', 'Content-Length', 'Retry-After', 'X-Request-Id'];

/**
 * Hono route path: `{agent_id}` may span a raw `/` (slugs such as `acme/reviewer`, as the API
 * accepts them), except in strict mode, where every parameter is one segment.
 */
export function routePath(path: string, strict = false): string {
  return BASE_PATH + path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'agent_id' && !strict ? `:${name}{.+}` : `:${name}`));
}

/** More literal segments first, so `/agents/{agent_id}/deploy` wins over `/agents/{agent_id}`. */
const bySpecificity = (a: Operation, b: Operation) =>
  b.path.split('/').filter((s) => !s.startsWith('{')).length - a.path.split('/').filter((s) => !s.startsWith('{')).length;

/** The body as the operation takes it: multipart form fields, or parsed JSON (undefined when empty). */
async function readBody(c: Context<any>, op: Operation): Promise<Pick<ApiRequest, 'body' | 'form'>> {
  const content = op.object.requestBody?.content ?? {};
  if ('multipart/form-data' in content) {
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('multipart/form-data')) throw new ApiError(400, 'Content-Type must be multipart/form-data with a "file" field');
    try {
      return { body: undefined, form: await parseMultipart(type, new Uint8Array(await c.req.arrayBuffer())) };
    } catch (error) {
      throw new ApiError(400, `multipart body could not be read: ${(error as Error).message}`);
    }
  }
  const text = await c.req.text();
  if (text.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    throw new ApiError(400, `request body is not valid JSON: ${(error as Error).message}`);
  }
}

async function readRequest(c: Context<any>, op: Operation, strict: boolean): Promise<ApiRequest & { query: Record<string, string> }> {
  // Hono's query() keeps a repeated key's first value; strict mode also hands the handler all of them.
  const queries = strict ? Object.fromEntries(Object.entries(c.req.queries() ?? {}).filter(([, values]) => values.length > 1)) : {};
  return { params: c.req.param() as Record<string, string>, query: c.req.query(), ...(await readBody(c, op)), ...(Object.keys(queries).length ? { queries } : {}) };
}

/** Builds a sandbox with its own in-memory organization. */
export function createApp(overrides: Partial<SandboxOptions> = {}) {
  const options: SandboxOptions = { ...DEFAULT_OPTIONS, ...overrides };
  const spec = loadSpec();
  const validator = createValidator(spec);
  // Each key is its own organization, created (and seeded) on first use: keys never see each other's data.
  // The least recently used organization is dropped beyond the bound, so memory stays flat under many keys.
  const stores = new LRUCache<string, Store>({ max: options.maxOrganizations });
  const storeFor = (key: string) => {
    let store = stores.get(key);
    if (!store) {
      stores.set(key, (store = new Store()));
      if (options.seed) seed(store);
    }
    return store;
  };
  const app = new Hono<{ Variables: { store: Store } }>();

  if (options.strict && options.recordFile) {
    const file = options.recordFile;
    app.use('*', async (c, next) => {
      await recordRequest(file, c.req.raw);
      await next();
    });
  }
  app.use('*', cors({
    origin: (origin) => (options.allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  }));
  app.use('*', async (c, next) => {
    c.header('X-Request-Id', newId('req'));
    c.header('Cache-Control', 'no-store');
    await next();
  });
  // Refused from Content-Length, or while streaming, before the body is buffered.
  app.use('*', bodyLimit({ maxSize: options.maxBodyBytes, onError: (c) => c.json(errorBody(`request body is larger than ${options.maxBodyBytes} bytes`), 413) }));
  app.use(`${BASE_PATH}/*`, async (c, next) => {
    const header = c.req.header('authorization');
    const problem = keyProblem(header, options.revokedKeys);
    if (problem) return c.json(errorBody(problem), 401);
    c.set('store', storeFor(header!.trim().split(/\s+/)[1]!));
    await next();
  });

  for (const op of listOperations(spec).sort(bySpecificity)) {
    const handler = handlers[op.id];
    if (!handler) throw new Error(`The sandbox has no handler for ${op.id} (${op.method.toUpperCase()} ${op.path}).`);
    app.on(op.method.toUpperCase(), routePath(op.path, options.strict), async (c) => {
      const req = await readRequest(c, op, options.strict);
      const problem = validator.checkRequest(op, req);
      if (problem) throw new ApiError(400, problem);
      // Each further value of a repeated key is checked as if it were the only one.
      for (const [name, values] of Object.entries(req.queries ?? {})) {
        for (const value of values.slice(1)) {
          const again = validator.checkRequest(op, { ...req, query: { ...req.query, [name]: value } });
          if (again) throw new ApiError(400, again);
        }
      }
      const result = await handler({ ...req, query: validator.coerceQuery(op, req.query) }, { store: c.get('store'), options });
      return result.body === undefined ? c.body(null, result.status as 204) : c.json(result.body, result.status as 200);
    });
  }

  app.notFound((c) => c.json(errorBody(`no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.message), error.status);
    console.error(error);
    return c.json(errorBody('internal server error'), 500);
  });
  return { app, storeFor, options };
}
