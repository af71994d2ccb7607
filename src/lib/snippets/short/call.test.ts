import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../openapi/load.ts';
import { findOperation } from '../../openapi/operations.ts';
import { varRef, type RequestModel } from '../../request.ts';
import { programForOperation } from '../../samples/from-operation.ts';
import { programFor } from '../../samples/index.ts';
import { LANGUAGES } from '../types.ts';
import { shortCall, shortForm } from './index.ts';

const request: RequestModel = {
  operationId: 'updateEnvVar', method: 'PATCH', path: '/agents/{agent_id}/env-vars/{env_var_id}',
  pathParams: { agent_id: varRef('AGENT_ID'), env_var_id: 'cev_1' }, query: [['tag', ['a&b', true]]],
  body: { kind: 'json', value: { value: varRef('VALUE'), note: { var: 'data, not a variable' } } },
};

describe('shortCall', () => {
  it('puts the values in and encodes the path and query as buildUrl does', () => {
    expect(shortCall(request, { AGENT_ID: 'acme/reviewer', VALUE: 'staging' })).toEqual({
      method: 'PATCH',
      target: '/agents/acme%2Freviewer/env-vars/cev_1?tag=a%26b&tag=true',
      json: { value: 'staging', note: { var: 'data, not a variable' } },
    });
  });

  it('sends an upload under the file\'s base name', () => {
    const upload: RequestModel = { operationId: 'uploadAttachment', method: 'POST', path: '/attachments', pathParams: {}, query: [], body: { kind: 'multipart', field: 'file', file: varRef('FILE_PATH') } };
    expect(shortCall(upload, { FILE_PATH: './docs/we;ird "x".txt' }).upload).toEqual({ field: 'file', path: './docs/we;ird "x".txt', fileName: 'we;ird "x".txt' });
  });

  // Shown as literals, "." and ".." would address another path (curl and fetch resolve them).
  it.each(['.', '..'])('refuses a path segment of %j when the site is built', (value) => {
    expect(() => shortCall(request, { AGENT_ID: value, VALUE: 'x' })).toThrow(/refusing a short form with a "\." or "\.\." path segment/);
  });

  it('refuses a variable it has no value for', () => {
    expect(() => shortCall(request, { AGENT_ID: 'a' })).toThrow('updateEnvVar: the short form has no value for VALUE');
  });
});

describe('shortForm', () => {
  const spec = loadSpec();

  it('shows the spec\'s example IDs as literals, in every language', () => {
    const program = programForOperation(spec, findOperation(spec, 'deployAgent'));
    for (const lang of LANGUAGES) expect(shortForm(lang, program)).toContain('/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/deploy');
  });

  it('has none for a quickstart flow: its steps depend on each other', () => {
    expect(() => shortForm('bash', programFor('configure-and-deploy'))).toThrow(/a short form shows one call/);
  });
});
