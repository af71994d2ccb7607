/**
 * @module "Poll until completed": repeats one request every interval, reports the watched field's
 * value after each response, and stops on a final value, on an error, when the caller aborts
 * (Cancel, leaving the page) or at the deadline. The clock and the sleep are injectable for tests.
 */
import type { SendOutcome } from './send.ts';

export interface PollRule {
  /** Top-level response field to watch, such as `status`. */
  field: string;
  /** Values that end the loop, such as `completed` and `failed`. */
  until: string[];
}

export type PollEnd =
  | { reason: 'final'; value: string; outcome: SendOutcome }
  | { reason: 'error'; outcome: SendOutcome }
  | { reason: 'cancelled' }
  | { reason: 'deadline'; value: string | undefined };

export interface PollOptions {
  intervalMs: number;
  deadlineMs: number;
  signal: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    // Each pause removes its own abort listener, so a 2-minute poll does not pile up 60 of them.
    const finish = () => { clearTimeout(timer); signal.removeEventListener('abort', finish); done(); };
    const timer = setTimeout(finish, ms);
    signal.addEventListener('abort', finish, { once: true });
  });

/** The watched field of a 2xx JSON body, as text; undefined when there is none. */
function watched(outcome: SendOutcome, field: string): string | undefined {
  if (outcome.kind !== 'response' || outcome.status < 200 || outcome.status > 299) return undefined;
  try {
    const value = (JSON.parse(outcome.body) as Record<string, unknown>)[field];
    return value === undefined ? undefined : String(value);
  } catch {
    return undefined;
  }
}

export async function pollUntil(sendOnce: () => Promise<SendOutcome>, rule: PollRule, onEach: (outcome: SendOutcome, value: string | undefined) => void, options: PollOptions): Promise<PollEnd> {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? pause;
  const deadline = now() + options.deadlineMs;
  let value: string | undefined;
  for (;;) {
    if (options.signal.aborted) return { reason: 'cancelled' };
    const outcome = await sendOnce();
    if (outcome.kind === 'cancelled' || options.signal.aborted) return { reason: 'cancelled' };
    value = watched(outcome, rule.field);
    onEach(outcome, value);
    if (value === undefined) return { reason: 'error', outcome };
    if (rule.until.includes(value)) return { reason: 'final', value, outcome };
    if (now() + options.intervalMs > deadline) return { reason: 'deadline', value };
    await sleep(options.intervalMs, options.signal);
  }
}
