import { describe, expect, it } from 'vitest';
import { flowSequence, flowSequenceMarkdown } from './flow-sequence.ts';
import { programFor } from '../samples/index.ts';
import { FLOW_NAMES } from '../samples/flows.ts';
import { requestVars } from '../request.ts';
import { setsVars } from '../samples/program.ts';

describe.each(FLOW_NAMES)('the %s sequence', (flow) => {
  const program = programFor(flow);
  const steps = flowSequence(program);

  it('lists every step of the Program in order, with its method and path', () => {
    expect(steps.map((s) => [s.n, s.title, s.method, s.path])).toEqual(
      program.steps.map((p, i) => [i + 1, p.title, p.request.method, p.request.path]),
    );
  });

  it('saves what each step sets and reads what its request uses', () => {
    steps.forEach((s, i) => {
      expect(s.saves.map((v) => v.name)).toEqual(setsVars(program.steps[i]!));
      expect(s.reads.map((v) => v.name)).toEqual(requestVars(program.steps[i]!.request));
    });
  });

  it('links each read to the latest earlier step that saved the value, and back', () => {
    steps.forEach((s, i) => {
      for (const read of s.reads) {
        const saver = steps.slice(0, i).findLast((p) => p.saves.some((v) => v.name === read.name));
        expect(read.from).toBe(saver ? saver.n : 'input');
        if (saver) expect(saver.saves.find((v) => v.name === read.name)!.readBy).toContain(s.n);
      }
    });
  });

  it('has one numbered item per step in its text alternative', () => {
    const items = flowSequenceMarkdown(steps).split('\n').filter((line) => /^\d+\. /.test(line));
    expect(items.map((line) => line.split(':')[0])).toEqual(steps.map((s) => `${s.n}. **${s.title}**`));
  });
});

describe('known links', () => {
  it('configure-and-deploy: the agent ID from step 1 feeds both attach steps and the deploy', () => {
    const steps = flowSequence(programFor('configure-and-deploy'));
    const create = steps.find((s) => s.method === 'POST' && s.path === '/agents')!;
    const agentId = create.saves.find((v) => v.name === 'AGENT_ID')!;
    const readers = agentId.readBy.map((n) => steps[n - 1]!.path);
    expect(readers).toEqual(['/agents/{agent_id}/resources', '/agents/{agent_id}/resources', '/agents/{agent_id}/deploy']);
  });

  it('drive-a-conversation: each poll reads the message ID of the call just before it', () => {
    const steps = flowSequence(programFor('drive-a-conversation'));
    const polls = steps.filter((s) => s.poll);
    expect(polls.length).toBe(2);
    for (const poll of polls) expect(poll.reads).toEqual([{ name: 'message_id', from: poll.n - 1 }]);
    expect(steps[0]!.reads).toEqual([{ name: 'AGENT_ID', from: 'input' }]);
  });

  it('full-example: the included flows come first and their IDs carry over', () => {
    const steps = flowSequence(programFor('full-example'));
    const start = steps.find((s) => s.path === '/conversations/start')!;
    expect(start.reads).toEqual([{ name: 'AGENT_ID', from: 1 }]);
    const last = steps.at(-1)!;
    expect(last.reads).toEqual([{ name: 'file_id', from: last.n - 1 }]);
  });
});
