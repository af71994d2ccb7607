import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollUntil } from './poll.ts';
import type { SendOutcome } from './send.ts';

const response = (status: string, code = 200): SendOutcome => ({ kind: 'response', status: code, ms: 1, headers: [], body: JSON.stringify({ status }) });
const rule = { field: 'status', until: ['completed', 'failed'] };

describe('pollUntil', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('repeats every interval, reports each status, and stops on a final one', async () => {
    const statuses = ['queued', 'pending', 'pending', 'completed'];
    const sent: number[] = [];
    const seen: (string | undefined)[] = [];
    const end = pollUntil(async () => { sent.push(Date.now()); return response(statuses.shift()!); }, rule, (_o, v) => seen.push(v), { intervalMs: 2000, deadlineMs: 120_000, signal: new AbortController().signal });
    await vi.advanceTimersByTimeAsync(6000);
    expect(await end).toMatchObject({ reason: 'final', value: 'completed' });
    expect(seen).toEqual(['queued', 'pending', 'pending', 'completed']);
    expect(sent.map((t) => t - sent[0]!)).toEqual([0, 2000, 4000, 6000]);
  });

  it('stops when the caller aborts (Cancel, leaving the page), without another request', async () => {
    const controller = new AbortController();
    let calls = 0;
    const end = pollUntil(async () => { calls++; return response('pending'); }, rule, () => {}, { intervalMs: 2000, deadlineMs: 120_000, signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await end).toEqual({ reason: 'cancelled' });
    expect(calls).toBe(1);
  });

  it('gives up at the deadline with the last value seen', async () => {
    let calls = 0;
    const end = pollUntil(async () => { calls++; return response('pending'); }, rule, () => {}, { intervalMs: 2000, deadlineMs: 120_000, signal: new AbortController().signal });
    await vi.advanceTimersByTimeAsync(130_000);
    expect(await end).toEqual({ reason: 'deadline', value: 'pending' });
    expect(calls).toBe(61);
  });

  it('stops on an error response, handing it back to be explained', async () => {
    const end = pollUntil(async () => response('x', 404), rule, () => {}, { intervalMs: 2000, deadlineMs: 120_000, signal: new AbortController().signal });
    expect(await end).toMatchObject({ reason: 'error', outcome: { status: 404 } });
  });
});
