import { describe, expect, it } from 'vitest';
import { loadSpec } from './openapi/load.ts';
import { findOperation } from './openapi/operations.ts';
import { apiBase, buildUrl, varRef, fromOperation, requestVars, resolveValue, type RequestModel } from './request.ts';

const spec = loadSpec();

describe('fromOperation', () => {
  it('takes the body from the spec example and path parameters from variables', () => {
    const request = fromOperation(findOperation(spec, 'deployAgent'));
    expect(request).toEqual({
      operationId: 'deployAgent', method: 'POST', path: '/agents/{agent_id}/deploy',
      pathParams: { agent_id: varRef('AGENT_ID') }, query: [], body: { kind: 'json', value: { update_config_only: false } },
    });
  });

  it('uses multipart for uploads and documented query examples', () => {
    expect(fromOperation(findOperation(spec, 'uploadAttachment')).body).toEqual({ kind: 'multipart', field: 'file', file: varRef('FILE_PATH') });
    expect(fromOperation(findOperation(spec, 'listAgentConversations')).query).toEqual([['status', 'completed,active']]);
    expect(fromOperation(findOperation(spec, 'listAgents')).body).toBeUndefined();
  });
});

describe('buildUrl', () => {
  const request: RequestModel = {
    operationId: 'x', method: 'GET', path: '/agents/{agent_id}/conversations',
    pathParams: { agent_id: varRef('AGENT_ID') }, query: [['status', 'active,completed'], ['tag', ['a b', 'c&d']], ['limit', 5], ['skip', null]],
  };

  it('encodes a slug with a slash as one segment and repeats array query keys', () => {
    expect(buildUrl(request, 'http://127.0.0.1:4010/api/public/v1/', () => 'acme/reviewer')).toBe(
      'http://127.0.0.1:4010/api/public/v1/agents/acme%2Freviewer/conversations?status=active%2Ccompleted&tag=a+b&tag=c%26d&limit=5',
    );
  });

  it('lists and resolves the variables a request reads', () => {
    expect(requestVars(request)).toEqual(['AGENT_ID']);
    expect(resolveValue({ a: [varRef('x'), 1] }, (n) => `<${n}>`)).toEqual({ a: ['<x>', 1] });
  });
});

describe('apiBase', () => {
  it('adds the API prefix to a bare host and never doubles a slash', () => {
    expect(apiBase('https://api.nairi.ai')).toBe('https://api.nairi.ai/api/public/v1');
    expect(apiBase('https://api.nairi.ai//')).toBe('https://api.nairi.ai/api/public/v1');
    expect(apiBase('http://127.0.0.1:4010/api/public/v1/')).toBe('http://127.0.0.1:4010/api/public/v1');
    expect(apiBase('https://api.nairi.ai/api/public/v1')).toBe('https://api.nairi.ai/api/public/v1');
  });

  it('is what buildUrl (Send, Copy as curl) puts in front of the path', () => {
    const request: RequestModel = { operationId: 'listAgents', method: 'GET', path: '/agents', pathParams: {}, query: [] };
    expect(buildUrl(request, 'https://api.nairi.ai/')).toBe('https://api.nairi.ai/api/public/v1/agents');
  });
});
