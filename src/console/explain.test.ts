import { describe, expect, it } from 'vitest';
import { explain, retryAfterSeconds } from './explain.ts';
import type { SendOutcome } from './send.ts';

const response = (status: number, body = '', headers: [string, string][] = []): SendOutcome => ({ kind: 'response', status, ms: 5, headers, body });

describe('explain', () => {
  it.each([
    [response(200, '{}'), { tone: 'success', title: 'console.ok' }],
    [response(400, '{"error":"prompt is required"}'), { title: 'console.error.400', apiError: 'prompt is required' }],
    [response(401, '{"error":"invalid or revoked API key"}'), { title: 'console.error.401', keyHelp: true }],
    [response(404, '{"error":"agent not found"}'), { title: 'console.error.404', apiError: 'agent not found' }],
    [response(429, '', [['Retry-After', '7']]), { title: 'console.error.429', retryAfter: 7 }],
    [response(503, 'Service Unavailable'), { title: 'console.error.5xx', apiError: undefined }],
    [{ kind: 'network', ms: 1, message: 'Failed to fetch' }, { title: 'console.error.network', cors: true }],
    [{ kind: 'timeout', ms: 30000 }, { title: 'console.error.timeout' }],
    [{ kind: 'invalid-request', ms: 1, message: "Failed to read the 'headers' property" }, { title: 'console.error.invalidRequest', browserError: "Failed to read the 'headers' property" }],
  ] as [SendOutcome, object][])('%#', (outcome, expected) => {
    expect(explain(outcome)).toMatchObject(expected);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10);
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
