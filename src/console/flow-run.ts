/**
 * @module Runs one step of a quickstart flow in the browser, exactly as the flow file says: the
 * request comes from the step's request model with the values saved so far, a poll step repeats
 * until a final value, and each `save` rule keeps its value for the next steps. No DOM here.
 */
import { buildUrl, resolveValue } from '../lib/request.ts';
import type { Save } from '../lib/samples/program.ts';
import type { RunnerStep } from '../lib/samples/runner-plan.ts';
import { format, t } from '../strings/client.ts';
import { pollUntil, type PollOptions } from './poll.ts';
import type { SendOutcome } from './send.ts';

export interface SentRequest { method: string; url: string; body?: string }

export interface StepReport {
  request: SentRequest;
  /** The last response (for a poll, the final one). */
  outcome?: SendOutcome;
  /** Values of a poll's watched field, as they changed. */
  polled: string[];
  saved: [string, string][];
  printed?: string;
  file?: { name: string; bytes: Uint8Array };
  /** Why the flow cannot go on; undefined when the step succeeded. */
  error?: string;
}

export interface StepContext {
  serverUrl: string;
  vars: Map<string, unknown>;
  send(request: SentRequest, signal: AbortSignal): Promise<SendOutcome>;
  signal: AbortSignal;
  /** Called with the report so far, after each response of a poll. */
  progress?(report: StepReport): void;
  pollTiming?: Pick<PollOptions, 'now' | 'sleep'>;
}

/** The saved value a rule picks out of a response body, or undefined when the body lacks it. */
export function pickSaved(rule: Save, body: unknown): unknown {
  const record = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined);
  if ('path' in rule) return record(body)?.[rule.path[0]!];
  const list = record(body)?.[rule.last];
  if (!Array.isArray(list)) return undefined;
  const match = list.filter((item) => Object.entries(rule.where).every(([k, v]) => record(item)?.[k] === v)).at(-1);
  const field = record(match)?.[rule.field];
  return rule.item === undefined ? field : Array.isArray(field) ? field[rule.item] : undefined;
}

const ok = (outcome: SendOutcome) => outcome.kind === 'response' && outcome.status >= 200 && outcome.status <= 299;

function failure(outcome: SendOutcome): string {
  if (outcome.kind !== 'response') return format(t('runner.noResponse'), { kind: outcome.kind });
  let message = outcome.body;
  try { message = String((JSON.parse(outcome.body) as { error?: unknown }).error ?? outcome.body); } catch { /* not JSON: show the text */ }
  return format(t('runner.apiError'), { status: outcome.status, message });
}

export async function runStep(step: RunnerStep, ctx: StepContext): Promise<StepReport> {
  const lookup = (name: string) => ctx.vars.get(name);
  const { request: model } = step;
  const body = model.body?.kind === 'json' ? JSON.stringify(resolveValue(model.body.value, lookup)) : undefined;
  const request: SentRequest = { method: model.method, url: buildUrl(model, ctx.serverUrl, lookup), ...(body !== undefined ? { body } : {}) };
  const report: StepReport = { request, polled: [], saved: [] };
  if (model.body?.kind === 'multipart') return { ...report, error: t('runner.noUploads') };

  if (step.kind === 'poll') {
    const end = await pollUntil(() => ctx.send(request, ctx.signal), { field: step.field, until: step.until }, (outcome, value) => {
      report.outcome = outcome;
      if (value !== undefined && value !== report.polled.at(-1)) report.polled.push(value);
      ctx.progress?.(report);
    }, { intervalMs: step.intervalSeconds * 1000, deadlineMs: step.timeoutSeconds * 1000, signal: ctx.signal, ...ctx.pollTiming });
    if (end.reason === 'cancelled') return { ...report, error: t('runner.stopped') };
    if (end.reason === 'error') return { ...report, error: failure(end.outcome) };
    if (end.reason === 'deadline') return { ...report, error: format(t('runner.deadline'), { field: step.field, value: end.value ?? '?', seconds: step.timeoutSeconds }) };
    if (end.value === step.failOn) return { ...report, error: format(t('runner.failed'), { field: step.field, value: end.value }) };
    ctx.vars.set(step.saveAs, end.value);
    report.saved.push([step.saveAs, end.value]);
    return report;
  }

  report.outcome = await ctx.send(request, ctx.signal);
  if (!ok(report.outcome)) return { ...report, error: ctx.signal.aborted ? t('runner.stopped') : failure(report.outcome) };
  const text = (report.outcome as { body: string }).body;
  let parsed: unknown;
  try { parsed = text ? JSON.parse(text) : undefined; } catch { return { ...report, error: t('runner.notJson') }; }
  for (const rule of step.save) {
    const value = pickSaved(rule, parsed);
    if (value === undefined || value === null) return { ...report, error: format(t('runner.missingField'), { name: rule.var }) };
    ctx.vars.set(rule.var, value);
    report.saved.push([rule.var, String(value)]);
  }
  if (step.print && typeof step.print === 'object') report.printed = `${step.print.label}: ${String(ctx.vars.get(step.print.var))}`;
  if (step.saveFile) {
    const file = parsed as Record<string, unknown>;
    const data = Uint8Array.from(atob(String(file[step.saveFile.field] ?? '')), (c) => c.charCodeAt(0));
    report.file = { name: String(file.filename ?? 'download'), bytes: data };
  }
  return report;
}
