import { describe, expect, it } from 'vitest';
import { createApp } from '../../scripts/sandbox/app.ts';
import { isVar, varRef } from '../lib/request.ts';
import { FLOW_NAMES } from '../lib/samples/flows.ts';
import { programFor } from '../lib/samples/index.ts';
import { fromWire, stepsFromPlan, toRunnerPlan, toWire } from '../lib/samples/runner-plan.ts';
import { pickSaved, runStep, type StepReport } from './flow-run.ts';
import { send } from './send.ts';

const SERVER = 'http://sandbox.test/api/public/v1';

/** Runs a whole flow the way the page does (plan → JSON → steps) against the sandbox in-process. */
async function runFlow(flow: string, key: string) {
  const { app } = createApp({ replyDelayMs: 20 });
  const plan = JSON.parse(JSON.stringify(toRunnerPlan(programFor(flow))));
  const vars = new Map<string, unknown>(plan.inputs.map((i: { name: string; default: string }) => [i.name, i.default]));
  const sent: string[] = [];
  const reports: StepReport[] = [];
  for (const step of stepsFromPlan(plan)) {
    const report = await runStep(step, {
      serverUrl: SERVER,
      vars,
      signal: new AbortController().signal,
      send: (request, signal) => {
        sent.push(`${request.method} ${request.url}`);
        return send({ ...request, key, signal }, (url, init) => Promise.resolve(app.request(String(url), init)));
      },
      pollTiming: { sleep: () => new Promise((r) => setTimeout(r, 10)) },
    });
    reports.push(report);
    if (report.error) break;
  }
  return { reports, sent, vars };
}

describe('the browser runner runs each flow as its file says', () => {
  it.each(FLOW_NAMES)('%s', async (flow) => {
    const { reports, vars } = await runFlow(flow, `nr_runner_${flow}`);
    expect(reports.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(reports).toHaveLength(programFor(flow).steps.length);
    const printed = reports.map((r) => r.printed).filter(Boolean);
    if (flow !== 'drive-a-conversation') expect(printed[0]).toMatch(/^Deployed agent: cci_[0-9A-Z]{26}$/);
    if (flow !== 'configure-and-deploy') {
      const replies = printed.filter((p) => p!.startsWith('Agent: '));
      expect(replies).toHaveLength(2);
      expect(replies[0]).toContain('received your prompt: Customer cus_123 was charged twice');
      expect(replies[1]).toContain('received your prompt: Make the note shorter');
    }
    if (flow === 'full-example') {
      const file = reports.at(-1)!.file!;
      expect(file.name).toBe('reply.md');
      expect(new TextDecoder().decode(file.bytes)).toMatch(/^# Reply\n\n.*received your prompt: Put the final note in a file\.\n$/);
    }
    // A value saved by one step is what a later step sent.
    if (flow === 'configure-and-deploy') expect(reports.at(-1)!.request.url).toBe(`${SERVER}/agents/${vars.get('AGENT_ID')}/deploy`);
  });

  it('stops at the first failing step with the API message and sends nothing after it', async () => {
    const { app } = createApp({ replyDelayMs: 20 });
    const [first, second] = stepsFromPlan(toRunnerPlan(programFor('configure-and-deploy')));
    const vars = new Map<string, unknown>([['AGENT_NAME', ''], ['SECRET_VALUE', 'x']]);
    const ctx = { serverUrl: SERVER, vars, signal: new AbortController().signal, send: (r: { method: string; url: string; body?: string }, signal: AbortSignal) => send({ ...r, key: 'nr_runner_bad', signal }, (url, init) => Promise.resolve(app.request(String(url), init))) };
    const report = await runStep(first!, ctx);
    expect(report.error).toMatch(/^The API answered 400: /);
    expect(vars.has('AGENT_ID')).toBe(false);
    expect(second!.title).toBe('Write a rule');
  });
});

describe('the plan in the page', () => {
  it('keeps variable references, and data shaped like one stays data', () => {
    const value = { agent_id: varRef('AGENT_ID'), literal: { var: 'AGENT_ID' }, list: [varRef('x'), 1, null], ['__proto__']: 'kept' };
    Object.defineProperty(value, '__proto__', { value: 'kept', enumerable: true });
    const back = fromWire(JSON.parse(JSON.stringify(toWire(value)))) as Record<string, unknown>;
    expect(isVar(back.agent_id)).toBe(true);
    expect(isVar(back.literal)).toBe(false);
    expect(back.literal).toEqual({ var: 'AGENT_ID' });
    expect(isVar((back.list as unknown[])[0])).toBe(true);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
  });

  it('picks saved values like the programs do', () => {
    const body = { messages: [{ role: 'assistant', content: 'old', ids: ['a'] }, { role: 'user', content: 'q' }, { role: 'assistant', content: 'new', ids: ['b', 'c'] }] };
    expect(pickSaved({ var: 'r', last: 'messages', where: { role: 'assistant' }, field: 'content', type: 'string' }, body)).toBe('new');
    expect(pickSaved({ var: 'f', last: 'messages', where: { role: 'assistant' }, field: 'ids', item: 1, type: 'string' }, body)).toBe('c');
    expect(pickSaved({ var: 'x', last: 'messages', where: { role: 'system' }, field: 'content', type: 'string' }, body)).toBeUndefined();
    expect(pickSaved({ var: 'id', path: ['id'], type: 'string' }, { id: 'cci_1' })).toBe('cci_1');
  });
});
