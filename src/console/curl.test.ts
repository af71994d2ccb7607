import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { varRef, type RequestModel } from '../lib/request.ts';
import { toCurl } from './curl.ts';

const request: RequestModel = {
  operationId: 'createRule', method: 'POST', path: '/agents/{agent_id}/env-vars', pathParams: { agent_id: varRef('agent_id') }, query: [],
  body: { kind: 'json', value: {} },
};
const values = (name: string) => ({ agent_id: 'acme/reviewer', __body: `{"key":"A","value":"it's $HOME"}` })[name];

describe('toCurl', () => {
  it('uses $NAIRI_API_KEY unless the key is asked for, and quotes every value', () => {
    const command = toCurl(request, values, { serverUrl: 'http://127.0.0.1:4010/api/public/v1' });
    expect(command).toContain('"Authorization: Bearer $NAIRI_API_KEY"');
    expect(command).toContain("'http://127.0.0.1:4010/api/public/v1/agents/acme%2Freviewer/env-vars'");
    const withKey = toCurl(request, values, { serverUrl: 'http://x', key: 'nr_secret' });
    expect(withKey).toContain("'Authorization: Bearer nr_secret'");
    expect(withKey).not.toContain('NAIRI_API_KEY');
  });

  it('produces a command the shell parses back to the exact body', () => {
    const command = toCurl(request, values, { serverUrl: 'http://x' }).replace(/^curl/, 'printf "%s\\n"');
    const args = execFileSync('bash', ['-c', command], { encoding: 'utf8', env: { NAIRI_API_KEY: 'nr_env' } }).split('\n');
    expect(args).toContain(`{"key":"A","value":"it's $HOME"}`);
    expect(args).toContain('Authorization: Bearer nr_env');
  });
});
