/**
 * @module A test client for the sandbox: calls operations by operationId through `app.request`
 * (no port), checks every response against the spec, and records which operations were exercised.
 */
import { zipSync, strToU8 } from 'fflate';
import { createApp, BASE_PATH } from '../../scripts/sandbox/app.ts';
import type { SandboxOptions } from '../../scripts/sandbox/types.ts';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { findOperation, listOperations } from '../../src/lib/openapi/operations.ts';
import { createValidator } from '../../src/lib/openapi/validator.ts';

const spec = loadSpec();
const validator = createValidator(spec);
export const ALL_OPERATIONS = listOperations(spec).map((o) => o.id);
export const TEST_KEY = 'nr_test_key_1234';

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Raw body text, sent as JSON content type. */
  raw?: string;
  file?: { name: string; bytes: Uint8Array; type?: string };
  key?: string | null;
  headers?: Record<string, string>;
  /** Leave path parameters unencoded (a slug with a raw `/`). */
  rawPath?: boolean;
}

export function sandbox(options: Partial<SandboxOptions> = {}) {
  const { app, storeFor } = createApp({ replyDelayMs: 20, ...options });
  const store = storeFor(TEST_KEY);
  const exercised = new Set<string>();

  async function call(operationId: string, opts: CallOptions = {}) {
    const op = findOperation(spec, operationId);
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = opts.params?.[name] ?? '';
      return opts.rawPath ? value : encodeURIComponent(value);
    });
    const query = opts.query ? `?${new URLSearchParams(opts.query)}` : '';
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.key !== null) headers.authorization = `Bearer ${opts.key ?? TEST_KEY}`;
    let body: BodyInit | undefined;
    if (opts.file) {
      const form = new FormData();
      form.append('file', new Blob([opts.file.bytes as BlobPart], { type: opts.file.type ?? 'application/octet-stream' }), opts.file.name);
      body = form;
    } else if (opts.raw !== undefined || opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = opts.raw ?? JSON.stringify(opts.body);
    }
    const res = await app.request(BASE_PATH + path + query, { method: op.method.toUpperCase(), headers, body });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    const problems = validator.checkResponse(op, res.status, json);
    if (problems.length) throw new Error(`Response breaks the spec:\n${problems.join('\n')}\n${text}`);
    exercised.add(op.id);
    return { status: res.status, body: json, headers: res.headers };
  }

  /** Polls a message until it is completed or failed. */
  async function settle(messageId: string) {
    for (let i = 0; i < 200; i++) {
      const { body } = await call('getMessage', { params: { message_id: messageId } });
      if (body.status === 'completed' || body.status === 'failed') return body;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`message ${messageId} never settled`);
  }

  return { app, store, call, settle, exercised };
}

/** A zip archive from a map of path → text. */
export function zip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

/** A SKILL.md with the given frontmatter lines. */
export const skillMd = (front: string, body = '# Skill\n\nSteps.') => `---\n${front}\n---\n${body}\n`;
