/**
 * @module Send: straight from the browser to the chosen server with fetch. No proxy, no cookies,
 * no referrer; the key goes only into the Authorization header of this one request.
 */

export interface SendInput {
  method: string;
  url: string;
  key: string;
  /** JSON text, or a FormData for uploads. */
  body?: string | FormData;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export type SendOutcome =
  | { kind: 'response'; status: number; ms: number; headers: [string, string][]; body: string }
  | { kind: 'network'; ms: number; message: string }
  /** fetch refused to build the request (a header value it cannot send); nothing left the browser. */
  | { kind: 'invalid-request'; ms: number; message: string }
  | { kind: 'timeout'; ms: number }
  | { kind: 'cancelled'; ms: number };

export async function send(input: SendInput, fetcher: typeof fetch = fetch, now: () => number = () => performance.now()): Promise<SendOutcome> {
  const started = now();
  const timeout = AbortSignal.timeout(input.timeoutMs ?? 30_000);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Authorization: `Bearer ${input.key}` };
  if (typeof input.body === 'string') headers['Content-Type'] = 'application/json';
  try {
    const response = await fetcher(input.url, {
      method: input.method, headers, body: input.body, signal,
      mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'error',
    });
    const body = await response.text();
    return { kind: 'response', status: response.status, ms: now() - started, headers: [...response.headers.entries()], body };
  } catch (error) {
    const ms = now() - started;
    if (timeout.aborted) return { kind: 'timeout', ms };
    if (input.signal?.aborted) return { kind: 'cancelled', ms };
    const message = (error as Error).message;
    // Chromium: "Failed to read the 'headers' property…"; Firefox: "…is an invalid header value".
    if (error instanceof TypeError && /header/i.test(message)) return { kind: 'invalid-request', ms, message };
    return { kind: 'network', ms, message };
  }
}
