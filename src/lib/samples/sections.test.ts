import { describe, expect, it } from 'vitest';
import { EMITTERS } from '../snippets/index.ts';
import { FLOW_NAMES } from './flows.ts';
import { programFor } from './index.ts';
import { splitProgram } from './sections.ts';

describe.each(EMITTERS.map((e) => [e.id, e] as const))('splitProgram (%s)', (_id, emitter) => {
  it.each(FLOW_NAMES)('%s: every line of the program lands in the setup, a step, or the closing part', (flow) => {
    const program = programFor(flow);
    const code = emitter.generate(program);
    const { setup, steps } = splitProgram(code, program, emitter);
    expect(steps).toHaveLength(program.steps.length);
    expect(code.startsWith(setup)).toBe(true);
    for (const step of steps) {
      expect(step.length).toBeGreaterThan(0);
      for (const line of step.split('\n')) expect(code).toContain(line.trim());
    }
    expect(setup).not.toContain(`${emitter.comment} ${program.steps[0]!.title}`);
  });
});
