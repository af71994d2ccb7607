import { describe, expect, it } from 'vitest';
import { loadSpec } from './load.ts';
import { nextCallsByPrefix } from './id-links.ts';

describe('nextCallsByPrefix', () => {
  const table = nextCallsByPrefix(loadSpec());

  it('maps a message ID to Get a message, and a job ID to the calls that take a conversation', () => {
    expect(table.cmsg).toEqual([{ label: 'Get a message', path: '/api/conversations/get-message/', param: 'message_id' }]);
    expect(table.job!.map((c) => c.label)).toEqual(['Continue a conversation', "List a conversation's messages"]);
    expect(table.j).toEqual(table.job);
  });

  it('reads x-id-prefix where the schema has no pattern (agent_id also takes slugs), in paths and bodies', () => {
    expect(table.cci!.map((c) => c.path)).toEqual(expect.arrayContaining(['/api/agents/deploy/', '/api/agent-resources/assign/', '/api/conversations/list-for-agent/', '/api/conversations/start/']));
    expect(table.cci!.every((c) => c.param === 'agent_id')).toBe(true);
  });

  it('covers every prefixed ID a path takes', () => {
    expect(Object.keys(table).sort()).toEqual(['aar', 'ai', 'amc', 'ask', 'att', 'cci', 'ccr', 'cev', 'cmsg', 'j', 'job', 'sec', 'sj', 'vlt']);
  });
});
