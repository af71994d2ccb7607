import { describe, expect, it } from 'vitest';
import { loadSpec } from './load.ts';
import { findOperation, listOperations } from './operations.ts';
import { createValidator } from './validator.ts';

const spec = loadSpec();
const validator = createValidator(spec);
const op = (id: string) => findOperation(spec, id);

describe('checkRequest', () => {
  it.each([
    ['startConversation', { agent_id: 'my-agent' }, 'prompt is required'],
    ['startConversation', { agent_id: 'my-agent', prompt: 'x', ask_mode: 'yes' }, 'ask_mode must be boolean'],
    ['startConversation', { agent_id: 'a', prompt: 'x', attachment_ids: ['nope'] }, 'attachment_ids.0 must match pattern'],
    ['createAgent', { name: 'A', instances_count: 0 }, 'instances_count must be >= 1'],
    ['assignAgentResource', { entity_type: 'file', entity_id: 'x' }, 'entity_type must be one of agent_artifact_rule'],
    ['createEnvVar', { key: '1BAD', value: 'x' }, 'key must match pattern'],
  ])('%s rejects %j', (id, body, message) => {
    expect(validator.checkRequest(op(id), { params: { agent_id: 'a' }, query: {}, body })).toContain(message);
  });

  it('accepts the spec example of every JSON request body', () => {
    for (const operation of listOperations(spec)) {
      const media = operation.object.requestBody?.content['application/json'];
      if (!media?.example) continue;
      const params = Object.fromEntries(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(p.example)]));
      expect(validator.checkRequest(operation, { params, query: {}, body: media.example }), operation.id).toBeUndefined();
    }
  });

  it('checks query parameters with their types', () => {
    const list = op('listAgentConversations');
    const check = (query: Record<string, string>) => validator.checkRequest(list, { params: { agent_id: 'a' }, query });
    expect(check({ limit: '100', offset: '0', sort: 'updated_at_asc', status: 'completed,active' })).toBeUndefined();
    expect(check({ limit: '0' })).toBe('limit must be >= 1');
    expect(check({ limit: '101' })).toBe('limit must be <= 100');
    expect(check({ limit: 'ten' })).toBe('limit must be integer');
    expect(check({ offset: '-1' })).toBe('offset must be >= 0');
    expect(check({ status: 'completed,,active' })).toContain('status must match pattern');
    expect(check({ sort: 'name' })).toContain('sort must be one of');
  });

  it('requires a body where the spec does', () => {
    expect(validator.checkRequest(op('createAgent'), { params: {}, query: {} })).toBe('request body is required (JSON)');
    expect(validator.checkRequest(op('deployAgent'), { params: { agent_id: 'a' }, query: {} })).toBeUndefined();
  });
});

describe('checkResponse', () => {
  it('accepts every documented response example', () => {
    for (const operation of listOperations(spec)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = response.content?.['application/json'];
        const examples = media?.example !== undefined ? [media.example] : Object.values(media?.examples ?? {}).map((e) => e.value);
        for (const example of examples) expect(validator.checkResponse(operation, Number(status), example), `${operation.id} ${status}`).toEqual([]);
      }
    }
  });

  it('reports a body that breaks the schema and an undocumented status', () => {
    expect(validator.checkResponse(op('getAgent'), 200, { id: 'x' })[0]).toMatch(/getAgent 200: body/);
    expect(validator.checkResponse(op('getAgent'), 418, {})).toEqual(['status 418 is not documented for getAgent']);
  });
});
