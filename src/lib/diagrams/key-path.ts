/**
 * @module Where the API key goes in the try-it console: the tab's sessionStorage, then only the
 * Authorization header of requests to the server the reader picked. Source: the console itself
 * (src/console/key-store.ts, send.ts, curl.ts), so the diagram says what the code does.
 */
import { t, type StringKey } from '../../strings/index.ts';
import { arrowhead, assertFits, line, rect, svgDocument, text, type Diagram } from './svg.ts';

const WIDTH = 680;
const TAB = { x: 4, y: 4, w: 430, h: 184 };
const BOX = { x: 24, w: 250, h: 36 };
const ROWS = [38, 90, 142];
const SERVER = { x: 470, y: 142, w: 206, h: 36 };

const s = (key: string) => t(`diagram.key.${key}` as StringKey);

function tab(): string[] {
  const labels = [s('field'), s('store'), s('send')];
  const cx = BOX.x + BOX.w / 2;
  return [
    rect(TAB.x, TAB.y, TAB.w, TAB.h, 'dg-frame'),
    text(TAB.x + 14, TAB.y + 22, s('tab'), 'dg-strong'),
    ...labels.flatMap((label, i) => {
      const mono = i > 0;
      assertFits(label, 13, BOX.w - 16, mono);
      return [rect(BOX.x, ROWS[i]!, BOX.w, BOX.h), text(cx, ROWS[i]! + 23, label, mono ? 'dg-text dg-mono' : 'dg-text', 'middle')];
    }),
    ...[0, 1].flatMap((i) => [line(cx, ROWS[i]! + BOX.h, cx, ROWS[i + 1]! - 2), arrowhead(cx, ROWS[i + 1]!, 'down')]),
  ];
}

function server(): string[] {
  const y = SERVER.y + SERVER.h / 2;
  assertFits(s('sendLabel'), 12.5, SERVER.x - BOX.x - BOX.w - 12);
  return [
    line(BOX.x + BOX.w, y, SERVER.x - 6, y),
    arrowhead(SERVER.x, y, 'right'),
    text(BOX.x + BOX.w + 10, y - 8, s('sendLabel'), 'dg-small'),
    rect(SERVER.x, SERVER.y, SERVER.w, SERVER.h, 'dg-box dg-box-final'),
    text(SERVER.x + SERVER.w / 2, SERVER.y + 23, s('server'), 'dg-strong', 'middle'),
  ];
}

function notes(): string[] {
  const y = TAB.y + TAB.h + 26;
  assertFits(s('never'), 13, WIDTH);
  return [text(TAB.x, y, s('never'), 'dg-text'), text(TAB.x, y + 22, s('curl'), 'dg-text')];
}

/** The diagram and its text alternative, from the same string table. */
export function keyPath(): Diagram {
  const title = s('title');
  const svg = svgDocument('dg-key', WIDTH, TAB.y + TAB.h + 58, title, s('desc'), [...tab(), ...server(), ...notes()]);
  const items = ['field', 'store', 'send', 'never', 'curl'].map((k) => `- ${s(`md.${k}`)}`);
  return { svg, title, markdown: [s('intro'), '', ...items].join('\n') };
}
