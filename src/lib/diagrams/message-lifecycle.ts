/**
 * @module The lifecycle of the user message that starts a turn (queued → pending → completed |
 * failed) and what the API returns at each step. Sources: the spec's MessageStatus and the
 * start/continue/get-message/list-messages operations. Hand laid out: five rows and one branch do
 * not need a layout engine.
 */
import { t, type StringKey } from '../../strings/index.ts';
import { arrowhead, assertFits, line, path, rect, svgDocument, text, type Diagram } from './svg.ts';

const STEPS = ['start', 'queued', 'pending', 'completed', 'failed'] as const;
type Step = (typeof STEPS)[number];

const WIDTH = 680;
const ROW = 70;
const BOX = { x: 40, w: 150, h: 44 };
const NOTE_X = 215;
const TOP = 12;

/** A string-table entry of this diagram. */
const s = (key: string) => t(`diagram.lifecycle.${key}` as StringKey);
/** The strings keep Markdown code spans; the drawing shows them as plain text. */
const plain = (md: string) => md.replace(/`/g, '');

const label = (step: Step) => (step === 'start' ? s('start') : step);
const rowY = (i: number) => TOP + i * ROW;

function row(step: Step, i: number): string[] {
  const y = rowY(i);
  const call = plain(s(`${step}.call`));
  const note = plain(s(`${step}.note`));
  assertFits(call, 12, WIDTH - NOTE_X, true);
  assertFits(note, 13, WIDTH - NOTE_X);
  const kind = step === 'start' ? 'dg-box dg-box-call' : step === 'completed' || step === 'failed' ? 'dg-box dg-box-final' : 'dg-box';
  return [
    rect(BOX.x, y, BOX.w, BOX.h, kind),
    text(BOX.x + BOX.w / 2, y + 27, label(step), step === 'start' ? 'dg-strong' : 'dg-strong dg-mono', 'middle'),
    text(NOTE_X, y + 17, call, 'dg-code'),
    text(NOTE_X, y + 36, note, 'dg-text'),
  ];
}

function arrows(): string[] {
  const cx = BOX.x + BOX.w / 2;
  const down = [0, 1, 2].flatMap((i) => [line(cx, rowY(i) + BOX.h, cx, rowY(i + 1) - 2), arrowhead(cx, rowY(i + 1), 'down')]);
  // pending → failed skips past completed on the left.
  const from = rowY(2) + BOX.h / 2;
  const to = rowY(4) + BOX.h / 2;
  const branch = [path(`M ${BOX.x} ${from} H 16 V ${to} H ${BOX.x - 2}`, 'dg-line dg-fill-none'), arrowhead(BOX.x, to, 'right')];
  return [...down, ...branch];
}

/** The diagram and its text alternative, from the same strings. */
export function messageLifecycle(): Diagram {
  const title = s('title');
  const body = [...arrows(), ...STEPS.flatMap(row)];
  const svg = svgDocument('dg-lifecycle', WIDTH, rowY(STEPS.length) - ROW + BOX.h + 12, title, s('desc'), body);
  const items = STEPS.map((step) => `- **${step === 'start' ? label(step) : `\`${step}\``}**: ${s(`${step}.call`)}. ${s(`${step}.note`)}`);
  return { svg, title, markdown: [s('intro'), '', ...items].join('\n') };
}
