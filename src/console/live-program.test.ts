import { describe, expect, it } from 'vitest';
import { buildUrl, requestVars, type Value } from '../lib/request.ts';
import { EMITTERS } from '../lib/snippets/index.ts';
import type { ConsoleConfig } from './config.ts';
import { consoleProgram, consoleRequest } from './live-program.ts';

const config: ConsoleConfig = {
  operationId: 'listAgentConversations', title: "List an agent's conversations", method: 'get', path: '/agents/{agent_id}/conversations',
  pathParams: ['agent_id'], queryParams: ['status', 'limit'], body: null, bodySchema: null, responseSchema: { type: 'object' }, noContent: false, destructive: false, servers: [], defaultServer: '', poll: null, nextCallsUrl: '',
};

describe('console program', () => {
  const values = { params: { agent_id: 'acme/reviewer', status: 'active', limit: '' } };

  it('sends only filled query parameters and encodes the slug', () => {
    const request = consoleRequest(config, values);
    expect(buildUrl(request, 'http://127.0.0.1:4010/api/public/v1', (n) => values.params[n as 'agent_id'])).toBe(
      'http://127.0.0.1:4010/api/public/v1/agents/acme%2Freviewer/conversations?status=active',
    );
  });

  it('writes the typed values into every language and still reads the key from the environment', () => {
    for (const emitter of EMITTERS) {
      const code = emitter.generate(consoleProgram(config, values));
      expect(code, emitter.id).toContain('NAIRI_API_KEY');
      // The typed slug is written into the path already encoded; a raw "/" would address another path.
      expect(code, emitter.id).toContain('/agents/acme%2Freviewer/conversations');
      expect(code, emitter.id).not.toContain('acme/reviewer');
      expect(code, emitter.id).toContain('active');
    }
  });

  it('sends and writes a body that looks like a variable reference as data, in every language', () => {
    const json = { ...config, operationId: 'createRule', method: 'post', path: '/artifacts/rules', pathParams: [], queryParams: [], body: 'json' as const };
    const body = JSON.parse('{"title":"t","meta":{"var":"x\\"; touch pwned"}}') as Value;
    const request = consoleRequest(json, { params: {}, body });
    expect(requestVars(request), 'no variable is read from the environment').toEqual([]);
    expect(buildUrl(request, 'http://127.0.0.1:4010/api/public/v1')).toBe('http://127.0.0.1:4010/api/public/v1/artifacts/rules');
    for (const emitter of EMITTERS) {
      const code = emitter.generate(consoleProgram(json, { params: {}, body }));
      // The look-alike appears only as string data: its "name" never becomes a variable or a shell word.
      expect(code, emitter.id).toContain('touch pwned');
      expect(code, emitter.id).not.toMatch(/--arg x|\$x\b/);
    }
  });

  it('with x-poll, the live samples run the console\'s loop: poll every 2 s for 2 minutes, then show the message', () => {
    const get = { ...config, operationId: 'getMessage', path: '/messages/{message_id}', pathParams: ['message_id'], queryParams: [], poll: { field: 'status', until: ['completed', 'failed'], failWhen: 'failed' } };
    const program = consoleProgram(get, { params: { message_id: 'cmsg_01KRK1V475HBTME8QJQMAPWK16' } });
    expect(program.steps.map((s) => s.kind)).toEqual(['poll', 'call']);
    expect(program.steps[0]).toMatchObject({ field: 'status', until: ['completed', 'failed'], failOn: 'failed', intervalSeconds: 2, timeoutSeconds: 120 });
    for (const emitter of EMITTERS) expect(emitter.generate(program), emitter.id).toContain('/messages/cmsg_01KRK1V475HBTME8QJQMAPWK16');
  });
});

