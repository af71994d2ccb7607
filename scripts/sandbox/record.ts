/**
 * @module The request log of a strict sandbox: each request exactly as it arrived (method, raw path,
 * raw query, headers, body bytes), one JSON line each, so a test can assert on what went over the
 * wire rather than on how the sandbox read it. The key never lands in the file: the Authorization
 * header is replaced by a fingerprint (`keyFingerprint`) a test can compute for its own key.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';

export interface RecordedRequest {
  method: string;
  /** The path as sent, still percent-encoded. */
  path: string;
  /** The query string as sent, without `?`. */
  query: string;
  headers: Record<string, string>;
  /** Body bytes, base64. */
  body: string;
  /** Fingerprint of the bearer key, or '' when none was sent. */
  key: string;
}

/** First 16 hex digits of the SHA-256 of a key. */
export const keyFingerprint = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 16);

export async function recordRequest(file: string, request: Request): Promise<void> {
  const url = new URL(request.url);
  const headers = Object.fromEntries([...request.headers].filter(([name]) => name !== 'authorization'));
  const auth = request.headers.get('authorization') ?? '';
  const body = Buffer.from(await request.clone().arrayBuffer()).toString('base64');
  const entry: RecordedRequest = { method: request.method, path: url.pathname, query: url.search.slice(1), headers, body, key: auth ? keyFingerprint(auth.replace(/^Bearer\s+/i, '')) : '' };
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

/** Every recorded request made with `key`, oldest first. */
export function readRecorded(file: string, key: string): RecordedRequest[] {
  const wanted = keyFingerprint(key);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedRequest).filter((r) => r.key === wanted);
}
