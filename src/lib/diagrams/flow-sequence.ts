/**
 * @module The quickstart sequence, derived from a flow's Program (never written by hand): each step's
 * call, the values it saves with the later steps that read them, and where each value it reads
 * comes from. The drawing (flow-sequence-diagram.ts) and the Markdown list both come from this model,
 * so neither can drift from content/flows/*.yaml.
 */
import { requestVars } from '../request.ts';
import { setsVars, type Program } from '../samples/program.ts';
import { format, t } from '../../strings/index.ts';

export interface SavedValue {
  name: string;
  /** 1-based numbers of the later steps that read this value before another step replaces it. */
  readBy: number[];
}

export interface ReadValue {
  name: string;
  /** The 1-based step that saved the value, or `input` for a value the program reads from its environment. */
  from: number | 'input';
}

export interface SequenceStep {
  n: number;
  title: string;
  method: string;
  path: string;
  /** For a poll step: the field watched and its final values. */
  poll?: { field: string; until: string[] };
  saves: SavedValue[];
  reads: ReadValue[];
}

/** The sequence model of a Program. */
export function flowSequence(program: Program): SequenceStep[] {
  const steps: SequenceStep[] = program.steps.map((step, i) => ({
    n: i + 1,
    title: step.title ?? step.request.operationId,
    method: step.request.method,
    path: step.request.path,
    ...(step.kind === 'poll' ? { poll: { field: step.field, until: step.until } } : {}),
    saves: setsVars(step).map((name) => ({ name, readBy: [] })),
    reads: [],
  }));
  // The latest step that saved each variable so far: a re-save (a new message_id) starts a new value.
  const latest = new Map<string, SavedValue & { step: number }>();
  program.steps.forEach((step, i) => {
    for (const name of requestVars(step.request)) {
      const source = latest.get(name);
      steps[i]!.reads.push({ name, from: source ? source.step : 'input' });
      source?.readBy.push(i + 1);
    }
    // Reads happen before the step's own saves replace a value.
    for (const saved of steps[i]!.saves) latest.set(saved.name, Object.assign(saved, { step: i + 1 }));
  });
  // The helper field `step` stays off the public shape.
  return steps.map((s) => ({ ...s, saves: s.saves.map(({ name, readBy }) => ({ name, readBy })) }));
}

const code = (s: string) => `\`${s}\``;
const list = (ns: number[]) => ns.join(', ');

/** What a step saves, in words: `AGENT_ID` → step 3, 6, 7. */
export function savesText(step: SequenceStep, wrap: (s: string) => string = code): string {
  if (!step.saves.length) return t('diagram.flow.none');
  return step.saves
    .map((v) => (v.readBy.length ? format(t('diagram.flow.savesFor'), { name: wrap(v.name), steps: list(v.readBy) }) : format(t('diagram.flow.savesUnused'), { name: wrap(v.name) })))
    .join(', ');
}

/** What a step reads, in words: `AGENT_ID` from step 1. */
export function readsText(step: SequenceStep, wrap: (s: string) => string = code): string {
  if (!step.reads.length) return t('diagram.flow.none');
  return step.reads
    .map((v) => (v.from === 'input' ? format(t('diagram.flow.readsInput'), { name: wrap(v.name) }) : format(t('diagram.flow.readsFrom'), { name: wrap(v.name), step: v.from })))
    .join(', ');
}

/** The call column: `POST /agents`, or for a poll step the call and when polling stops. */
export function callText(step: SequenceStep, wrap: (s: string) => string = code): string {
  const call = wrap(`${step.method} ${step.path}`);
  return step.poll ? format(t('diagram.flow.poll'), { call, field: wrap(step.poll.field), until: step.poll.until.map(wrap).join(' / ') }) : call;
}

/** The text alternative: one numbered item per step, numbered as the steps are. */
export function flowSequenceMarkdown(steps: SequenceStep[]): string {
  const items = steps.map((s) => format(t('diagram.flow.item'), { n: s.n, title: s.title, call: callText(s), saves: savesText(s), reads: readsText(s) }));
  return [t('diagram.flow.intro'), '', ...items].join('\n');
}
