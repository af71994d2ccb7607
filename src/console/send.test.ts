import { describe, expect, it } from 'vitest';
import { send } from './send.ts';

describe('send', () => {
  it('sends the key only in the Authorization header, without cookies or referrer', async () => {
    let seen: RequestInit | undefined;
    const fetcher = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response('{"ok":true}', { status: 201, headers: { 'X-Request-Id': 'req_1' } });
    }) as unknown as typeof fetch;
    const outcome = await send({ method: 'POST', url: 'http://127.0.0.1:4010/api/public/v1/agents', key: 'nr_k', body: '{}' }, fetcher);
    expect(outcome).toMatchObject({ kind: 'response', status: 201, body: '{"ok":true}' });
    expect(seen).toMatchObject({ headers: { Authorization: 'Bearer nr_k', 'Content-Type': 'application/json' }, credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
  });

  it('tells a network failure, a timeout and a cancel apart', async () => {
    const failing = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    expect(await send({ method: 'GET', url: 'http://x', key: 'nr_k' }, failing)).toMatchObject({ kind: 'network', message: 'Failed to fetch' });
    const badHeader = (async () => { throw new TypeError("Failed to execute 'fetch' on 'Window': Failed to read the 'headers' property from 'RequestInit': String contains non ISO-8859-1 code point."); }) as unknown as typeof fetch;
    expect(await send({ method: 'GET', url: 'http://x', key: 'nr_k\u200B' }, badHeader)).toMatchObject({ kind: 'invalid-request' });
    const hanging = ((_: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    expect(await send({ method: 'GET', url: 'http://x', key: 'nr_k', timeoutMs: 20 }, hanging)).toMatchObject({ kind: 'timeout' });
    const controller = new AbortController();
    const pending = send({ method: 'GET', url: 'http://x', key: 'nr_k', signal: controller.signal }, hanging);
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'cancelled' });
  });
});
