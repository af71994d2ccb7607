/**
 * @module Draws a flow's sequence (flow-sequence.ts) by hand: one box per step, top to bottom, and on
 * the left one lane per saved ID. A lane runs from the step that saves the value (filled dot) to the
 * last step that reads it (rings, with an arrow into that step's box). Rows and lanes are a fixed
 * grid, so the layout is the same on every build and needs no layout engine.
 */
import { format, t } from '../../strings/index.ts';
import type { Program } from '../samples/program.ts';
import { callText, flowSequence, flowSequenceMarkdown, readsText, savesText, type SequenceStep } from './flow-sequence.ts';
import { arrowhead, assertFits, circle, line, rect, svgDocument, text, type Diagram } from './svg.ts';

const WIDTH = 680;
const TOP = 34;
const ROW = 64;
const BOX_H = 56;
const LANE_X0 = 14;
const LANE_W = 16;
const PAD = 12;
/** A step reads its inputs before it saves from its response: reads meet the box high, saves low. */
const READ_DY = 16;
const SAVE_DY = BOX_H - 14;

const plain = (s: string) => s;

/** Names of the values that some later step reads, in the order they are first saved: one lane each. */
export function laneNames(steps: SequenceStep[]): string[] {
  return [...new Set(steps.flatMap((s) => s.saves.filter((v) => v.readBy.length).map((v) => v.name)))];
}

function legend(): string[] {
  return [
    circle(LANE_X0 + 4, 14, 4.5, 'dg-dot'),
    text(LANE_X0 + 14, 18, t('diagram.flow.legendSaves'), 'dg-small'),
    circle(LANE_X0 + 134, 14, 4.5, 'dg-ring'),
    text(LANE_X0 + 144, 18, t('diagram.flow.legendReads'), 'dg-small'),
    text(LANE_X0 + 300, 18, t('diagram.flow.legendReadBy'), 'dg-small'),
    text(LANE_X0 + 440, 18, t('diagram.flow.legendSavedBy'), 'dg-small'),
  ];
}

function flowSequenceSvg(id: string, steps: SequenceStep[], title: string, desc: string): string {
  const lanes = laneNames(steps);
  const laneX = (name: string) => LANE_X0 + lanes.indexOf(name) * LANE_W;
  const boxX = LANE_X0 + Math.max(lanes.length - 1, 0) * LANE_W + 22;
  const boxW = WIDTH - boxX - 2;
  const rowY = (n: number) => TOP + (n - 1) * ROW;

  // Layers, bottom to top: lanes, halos (a wide stroke in the page colour that cuts any lane a
  // connector crosses), connectors, arrowheads and dots. Each layer is drawn whole before the next.
  const lanesLayer: string[] = [];
  const halos: string[] = [];
  const connectors: string[] = [];
  const marks: string[] = [];
  for (const step of steps) {
    for (const value of step.saves.filter((v) => v.readBy.length)) {
      const x = laneX(value.name);
      const from = rowY(step.n) + SAVE_DY;
      lanesLayer.push(line(x, from, x, rowY(Math.max(...value.readBy)) + READ_DY, 'dg-lane'));
      halos.push(line(x, from, boxX, from, 'dg-halo'));
      connectors.push(line(x, from, boxX, from, 'dg-lane'));
      marks.push(circle(x, from, 4.5, 'dg-dot'));
      for (const n of value.readBy) {
        const y = rowY(n) + READ_DY;
        halos.push(line(x, y, boxX, y, 'dg-halo'));
        connectors.push(line(x, y, boxX - 6, y, 'dg-lane'));
        marks.push(arrowhead(boxX, y, 'right', 'dg-lane-head'), circle(x, y, 4.5, 'dg-ring'));
      }
    }
  }

  const boxes = steps.flatMap((step) => {
    const y = rowY(step.n);
    const heading = `${step.n}. ${step.title}`;
    const call = callText(step, plain);
    const parts = [
      step.reads.length ? format(t('diagram.flow.lineReads'), { list: readsText(step, plain) }) : '',
      step.saves.length ? format(t('diagram.flow.lineSaves'), { list: savesText(step, plain) }) : '',
    ].filter(Boolean);
    const detail = parts.join(' · ');
    assertFits(heading, 14, boxW - 2 * PAD);
    assertFits(call, 12, boxW - 2 * PAD, true);
    assertFits(detail, 12.5, boxW - 2 * PAD);
    return [
      rect(boxX, y, boxW, BOX_H, step.poll ? 'dg-box dg-box-poll' : 'dg-box'),
      text(boxX + PAD, y + 18, heading, 'dg-strong'),
      text(boxX + PAD, y + 34, call, 'dg-code'),
      ...(detail ? [text(boxX + PAD, y + 49, detail, 'dg-small')] : []),
    ];
  });

  const height = rowY(steps.length) + BOX_H + 4;
  return svgDocument(id, WIDTH, height, title, desc, [...legend(), ...lanesLayer, ...halos, ...connectors, ...boxes, ...marks]);
}

/** The diagram of a flow's Program, with the same steps as a Markdown list. */
export function flowSequenceDiagram(program: Program): Diagram {
  const steps = flowSequence(program);
  const title = t('diagram.flow.title');
  const desc = format(t('diagram.flow.desc'), { count: steps.length });
  return { svg: flowSequenceSvg(`dg-flow-${program.id}`, steps, title, desc), title, markdown: flowSequenceMarkdown(steps) };
}
