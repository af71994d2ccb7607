import { describe, expect, it } from 'vitest';
import { loadSpec } from '../openapi/load.ts';
import { FLOW_NAMES, FlowSchema, programForFlow } from './flows.ts';
import { varRef } from '../request.ts';

const spec = loadSpec();

describe('quickstart flows', () => {
  it.each(FLOW_NAMES)('%s builds against the spec', (name) => {
    const program = programForFlow(spec, name);
    expect(program.steps.length).toBeGreaterThan(0);
  });

  it('full-example is configure-and-deploy, then drive-a-conversation fed by the new agent, then a file download', () => {
    const full = programForFlow(spec, 'full-example');
    const parts = [programForFlow(spec, 'configure-and-deploy'), programForFlow(spec, 'drive-a-conversation')];
    const included = parts.flatMap((p) => p.steps.map((s) => s.title));
    expect(full.steps.slice(0, included.length).map((s) => s.title)).toEqual(included);
    expect(full.steps.slice(included.length).map((s) => s.title)).toEqual(['Ask for a file', 'Wait for the file', 'Find the file', 'Download it']);
    expect(full.inputs.map((i) => i.name)).toEqual(['AGENT_NAME', 'SECRET_VALUE', 'OUTPUT_PATH']);
    const download = full.steps.at(-1)!;
    expect(download.kind === 'call' && download.saveFile).toEqual({ field: 'data', to: varRef('OUTPUT_PATH') });
  });

  it('saves one element of an array field with `item`, typed as the array\'s items', () => {
    const find = programForFlow(spec, 'full-example').steps.find((s) => s.title === 'Find the file')!;
    expect(find.kind === 'call' && find.save).toEqual([{ var: 'file_id', last: 'messages', where: { role: 'assistant' }, field: 'attachment_ids', item: 0, type: 'string' }]);
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
