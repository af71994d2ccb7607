/**
 * @module Splits a generated program into the parts a quickstart page shows between its prose:
 * the setup (everything before the first step) and one slice per step. Slices are cut from the
 * very program the CLI prints, so the page and the whole-program view cannot differ.
 */
import { commentText } from '../snippets/literals.ts';
import type { Emitter } from '../snippets/types.ts';
import type { Program } from './program.ts';

export interface ProgramSections {
  setup: string;
  steps: string[];
}

/** Removes the indentation every non-blank line shares (Go's steps live inside `main`). */
function dedent(lines: string[]): string {
  const widths = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(cut)).join('\n').trim();
}

export function splitProgram(code: string, program: Program, emitter: Emitter): ProgramSections {
  const lines = code.split('\n');
  const starts: number[] = [];
  let from = 0;
  for (const step of program.steps) {
    const marker = `${emitter.comment} ${commentText(step.title ?? '')}`;
    const at = lines.findIndex((line, i) => i >= from && line.trim() === marker);
    if (at < 0) throw new Error(`${program.id} (${emitter.id}): no "${marker}" line after line ${from}`);
    starts.push(at);
    from = at + 1;
  }
  // A step ends at the next step, or at the first line back at the outer level (Go's closing brace).
  const outer = (i: number) => emitter.id === 'go' && /^\S/.test(lines[i] ?? '');
  const steps = starts.map((start, n) => {
    let end = starts[n + 1] ?? lines.length;
    for (let i = start + 1; i < end; i++) if (outer(i)) { end = i; break; }
    return dedent(lines.slice(start + 1, end));
  });
  return { setup: lines.slice(0, starts[0] ?? lines.length).join('\n').trim(), steps };
}
