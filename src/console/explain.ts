/**
 * @module Turns an outcome into plain words and a next step. Messages come from the UI strings;
 * the API's own `error` text is shown as text, never as HTML.
 */
import type { SendOutcome } from './send.ts';

export type Tone = 'success' | 'caution' | 'danger';

export interface Explanation {
  tone: Tone;
  /** String key of the headline. */
  title: string;
  /** The API's `error` message, when there is one. */
  apiError?: string;
  /** The browser's own error text, when it refused the request itself. */
  browserError?: string;
  /** Seconds to wait before sending again (429 with Retry-After). */
  retryAfter?: number;
  /** Whether to offer the revoke/create key help link. */
  keyHelp?: boolean;
  /** Whether to explain CORS and offer Copy as curl. */
  cors?: boolean;
}

/** The `error` string of an API error body, if the body is one. */
export function apiErrorOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return typeof parsed?.error === 'string' ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export function explain(outcome: SendOutcome): Explanation {
  if (outcome.kind === 'network') return { tone: 'danger', title: 'console.error.network', cors: true };
  if (outcome.kind === 'invalid-request') return { tone: 'danger', title: 'console.error.invalidRequest', browserError: outcome.message };
  if (outcome.kind === 'timeout') return { tone: 'danger', title: 'console.error.timeout' };
  if (outcome.kind === 'cancelled') return { tone: 'caution', title: 'console.error.cancelled' };
  const { status } = outcome;
  const apiError = apiErrorOf(outcome.body);
  if (status >= 200 && status < 300) return { tone: 'success', title: 'console.ok' };
  if (status === 400) return { tone: 'caution', title: 'console.error.400', apiError };
  if (status === 401) return { tone: 'danger', title: 'console.error.401', apiError, keyHelp: true };
  if (status === 404) return { tone: 'caution', title: 'console.error.404', apiError };
  if (status === 429) {
    const header = outcome.headers.find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
    return { tone: 'caution', title: 'console.error.429', apiError, retryAfter: retryAfterSeconds(header) ?? 30 };
  }
  if (status >= 500) return { tone: 'danger', title: 'console.error.5xx', apiError };
  return { tone: 'caution', title: 'console.error.other', apiError };
}
