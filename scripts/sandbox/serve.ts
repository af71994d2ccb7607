/**
 * @module `npm run sandbox`: serves the sandbox API on a port.
 *
 *   --port 4010            (or SANDBOX_PORT)
 *   --host 127.0.0.1       (or SANDBOX_HOST)
 *   --reply-delay-ms 1500  how long the agent takes to answer
 *   --origin URL           a docs origin allowed by CORS (repeatable; or SANDBOX_ORIGINS, comma-separated)
 *   --revoked-key KEY      an nr_ key to treat as revoked (repeatable)
 *   --empty                start without the fixture organization
 *   --strict               for tests: a raw "/" in a path parameter is a 404, repeated query keys keep every value
 *   --record FILE          with --strict: append each request as it arrived to FILE (JSON lines, key fingerprinted)
 */
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { BASE_PATH, DEFAULT_OPTIONS, createApp } from './app.ts';
import { portTakenMessage } from '../ports.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SANDBOX_PORT ?? '4010' },
    host: { type: 'string', default: process.env.SANDBOX_HOST ?? '127.0.0.1' },
    'reply-delay-ms': { type: 'string', default: String(DEFAULT_OPTIONS.replyDelayMs) },
    origin: { type: 'string', multiple: true },
    'revoked-key': { type: 'string', multiple: true },
    empty: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    record: { type: 'string' },
  },
});

const port = Number(values.port);
const replyDelayMs = Number(values['reply-delay-ms']);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
if (!Number.isFinite(replyDelayMs) || replyDelayMs < 0) throw new Error(`--reply-delay-ms must be a number of milliseconds, got "${values['reply-delay-ms']}"`);
const envOrigins = process.env.SANDBOX_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);

const { app, options } = createApp({
  replyDelayMs,
  seed: !values.empty,
  strict: values.strict,
  ...(values.record ? { recordFile: values.record } : {}),
  allowedOrigins: values.origin ?? envOrigins ?? DEFAULT_OPTIONS.allowedOrigins,
  revokedKeys: [...DEFAULT_OPTIONS.revokedKeys, ...(values['revoked-key'] ?? [])],
});

const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
  console.log(`Nairi sandbox API: http://${values.host}:${info.port}${BASE_PATH}`);
  console.log(`  any key starting with nr_ works; revoked: ${options.revokedKeys.join(', ')}`);
  console.log(`  browser origins allowed: ${options.allowedOrigins.join(', ')}`);
});
// A taken port is a setup problem, not a crash: say which port and how to pick another, no stack.
server.once('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
  console.error(error.code === 'EADDRINUSE' ? portTakenMessage(port, 'the local sandbox', '--port <port> or SANDBOX_PORT=<port>', values.host) : `Not allowed to listen on port ${port}: choose one above 1023 with --port <port> or SANDBOX_PORT=<port>.`);
  process.exit(1);
});
