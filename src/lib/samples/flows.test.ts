import { describe, expect, it } from 'vitest';
import { loadSpec } from '../openapi/load.ts';
import { FLOW_NAMES, FlowSchema, programForFlow } from './flows.ts';

const spec = loadSpec();

describe('quickstart flows', () => {
  it.each(FLOW_NAMES)('%s builds against the spec', (name) => {
    const program = programForFlow(spec, name);
    expect(program.steps.length).toBeGreaterThan(0);
  });

  it('full-example is configure-and-deploy followed by drive-a-conversation, fed by the new agent', () => {
    const full = programForFlow(spec, 'full-example');
    const parts = [programForFlow(spec, 'configure-and-deploy'), programForFlow(spec, 'drive-a-conversation')];
    expect(full.steps.map((s) => s.title)).toEqual(parts.flatMap((p) => p.steps.map((s) => s.title)));
    expect(full.inputs.map((i) => i.name)).toEqual(['AGENT_NAME', 'SECRET_VALUE']);
  });

  it('polls the user message politely until it is final', () => {
    const polls = programForFlow(spec, 'drive-a-conversation').steps.filter((s) => s.kind === 'poll');
    expect(polls).toHaveLength(2);
    for (const poll of polls) expect(poll).toMatchObject({ field: 'status', until: ['completed', 'failed'], failOn: 'failed', intervalSeconds: 2, timeoutSeconds: 120 });
  });

  it('rejects a step that is neither a call nor a poll', () => {
    const result = FlowSchema.safeParse({ title: 't', description: 'd', steps: [{ title: 's', prose: 'p' }] });
    expect(result.success).toBe(false);
  });
});
