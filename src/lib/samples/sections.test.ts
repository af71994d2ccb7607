import { describe, expect, it } from 'vitest';
import { EMITTERS } from '../snippets/index.ts';
import { FLOW_NAMES } from './flows.ts';
import { programFor } from './index.ts';
import { splitProgram } from './sections.ts';

describe.each(EMITTERS.map((e) => [e.id, e] as const))('splitProgram (%s)', (_id, emitter) => {
  it.each(FLOW_NAMES)('%s: each step is exactly the lines between its comment and the next step\'s', (flow) => {
    const program = programFor(flow);
    const code = emitter.generate(program);
    const { setup, steps } = splitProgram(code, program, emitter);
    expect(steps).toHaveLength(program.steps.length);
    expect(code.startsWith(setup)).toBe(true);
    const lines = code.split('\n').map((l) => l.trim());
    const marker = (n: number) => `${emitter.comment} ${program.steps[n]!.title}`;
    let at = 0;
    steps.forEach((step, n) => {
      const start = lines.indexOf(marker(n), at);
      expect(start, `step ${n} comes after step ${n - 1}`).toBeGreaterThanOrEqual(at);
      expect(setup.split('\n').length, 'the setup ends before the first step').toBeLessThanOrEqual(lines.indexOf(marker(0)));
      const slice = step.split('\n').map((l) => l.trim());
      // The slice is the program's own lines, contiguous, right after the comment: nothing added or skipped.
      expect(lines.slice(start + 1, start + 1 + slice.length)).toEqual(slice);
      at = start + 1 + slice.length;
      const next = lines.slice(at).find((l) => l !== '');
      if (n + 1 < steps.length) expect(next, 'nothing is left out before the next step').toBe(marker(n + 1));
      else if (emitter.id === 'go') expect(next).toBe('}');
    });
  });
});
