import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { BASE_PATH } from '../../scripts/sandbox/app.ts';
import { sandbox, skillMd, zip } from './client.ts';

/** Vitest's fake clock for this test: time moves only when the test says so. */
function stepClock() {
  vi.useFakeTimers();
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

describe('auth', () => {
  const s = sandbox({ revokedKeys: ['nr_revoked_key_1'] });
  it.each([
    [null, 'missing API key'],
    ['Basic abc', 'malformed Authorization header'],
    ['Bearer ccagent_0123456789', 'agent key (ccagent_) for self-hosted nairid daemons'],
    ['Bearer sk_live_123456', 'public API keys start with nr_'],
    ['Bearer nr_revoked_key_1', 'invalid or revoked API key'],
  ])('refuses %j with 401', async (header, message) => {
    const res = await s.app.request(`${BASE_PATH}/agents`, { headers: header ? { authorization: header } : {} });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toContain(message);
  });
});

describe('CORS', () => {
  const s = sandbox({ allowedOrigins: ['http://127.0.0.1:4321'] });
  const preflight = (origin: string) =>
    s.app.request(`${BASE_PATH}/agents`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  it('answers a preflight from the docs origin without a key', async () => {
    const res = await preflight('http://127.0.0.1:4321');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('grants nothing to other origins', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes the headers the console shows', async () => {
    const res = await s.app.request(`${BASE_PATH}/agents`, { headers: { origin: 'http://127.0.0.1:4321', authorization: 'Bearer nr_test_key_1234' } });
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('agents', () => {
  it('derives slugs and keeps them unique', async () => {
    const s = sandbox();
    expect((await s.call('createAgent', { body: { name: 'My New Agent' } })).body.agent_id).toBe('my-new-agent');
    expect((await s.call('createAgent', { body: { name: 'My New Agent' } })).body.agent_id).toBe('my-new-agent-2');
  });

  it('accepts an agent slug with a raw or encoded slash', async () => {
    const s = sandbox();
    const raw = await s.call('getAgent', { params: { agent_id: 'acme/reviewer' }, rawPath: true });
    const encoded = await s.call('getAgent', { params: { agent_id: 'acme/reviewer' } });
    expect(raw.body.agent_id).toBe('acme/reviewer');
    expect(encoded.body.id).toBe(raw.body.id);
    const deploy = await s.call('deployAgent', { params: { agent_id: 'acme/reviewer' }, rawPath: true });
    expect(deploy.status).toBe(202);
  });

  it('treats PATCH {} as a no-op that keeps updated_at', async () => {
    stepClock();
    const s = sandbox();
    const agent = (await s.call('getAgent', { params: { agent_id: 'support-bot' } })).body;
    vi.advanceTimersByTime(1000);
    const same = await s.call('updateAgent', { params: { agent_id: 'support-bot' }, body: {} });
    expect(same.body.updated_at).toBe(agent.updated_at);
    const changed = await s.call('updateAgent', { params: { agent_id: 'support-bot' }, body: { system_prompt: null, description: 'x' } });
    expect(changed.body.updated_at).not.toBe(agent.updated_at);
  });

  it('rejects instances_count below 1 and unknown agents', async () => {
    const s = sandbox();
    expect((await s.call('createAgent', { body: { name: 'A', instances_count: 0 } })).body.error).toBe('instances_count must be >= 1');
    expect((await s.call('getAgent', { params: { agent_id: 'nobody' } })).body.error).toBe('agent not found');
  });
});

describe('conversations', () => {
  // The clock is Vitest's fake one: the turn is stepped to each moment, not raced by polling.
  it('moves a user message from queued through pending to completed, posting progress, then the reply', async () => {
    stepClock();
    const s = sandbox({ replyDelayMs: 300 });
    const { body } = await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: '<img src=x onerror=alert(1)>' } });
    const status = async () => (await s.call('getMessage', { params: { message_id: body.message_id } })).body.status;
    const roles = async () => (await s.call('listConversationMessages', { params: { job_id: body.job_id } })).body.messages.map((m: { role: string }) => m.role);
    expect(await status()).toBe('queued');
    await vi.advanceTimersByTimeAsync(100);
    expect(await status()).toBe('pending');
    expect(await roles()).toEqual(['user']);
    await vi.advanceTimersByTimeAsync(100);
    expect(await status()).toBe('pending');
    expect(await roles()).toEqual(['user', 'progress', 'progress', 'progress']);
    await vi.advanceTimersByTimeAsync(100);
    expect(await status()).toBe('completed');
    const { messages } = (await s.call('listConversationMessages', { params: { job_id: body.job_id } })).body;
    expect(messages.map((m: { role: string }) => m.role)).toEqual(['user', 'progress', 'progress', 'progress', 'progress', 'assistant']);
    expect(messages.at(-1)).toMatchObject({ role: 'assistant', status: 'completed' });
    expect(messages.at(-1).content).toContain('<img src=x onerror=alert(1)>');
    expect(messages.at(-1).attachment_ids).toBeUndefined();
  });

  it('attaches a file to the reply when the prompt asks for one', async () => {
    const s = sandbox();
    const { body } = await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'Send the summary as a file.' } });
    await s.settle(body.message_id);
    const reply = (await s.call('listConversationMessages', { params: { job_id: body.job_id } })).body.messages.at(-1);
    expect(reply.attachment_ids).toHaveLength(1);
    const file = (await s.call('getAttachment', { params: { attachment_id: reply.attachment_ids[0] } })).body;
    expect(file).toMatchObject({ filename: 'reply.md', content_type: 'text/markdown' });
    expect(Buffer.from(file.data, 'base64').toString()).toBe(`# Reply\n\n${reply.content}\n`);
  });

  it('fails a turn on request, with a system message saying why', async () => {
    const s = sandbox();
    const { body } = await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'please [fail]' } });
    expect((await s.settle(body.message_id)).status).toBe('failed');
    const { messages } = (await s.call('listConversationMessages', { params: { job_id: body.job_id } })).body;
    expect(messages.at(-1)).toMatchObject({ role: 'system' });
  });

  it('continues only conversations started through the API', async () => {
    const s = sandbox();
    const slack = s.store.all('jobs', (j) => j.source === 'slack')[0]!;
    const res = await s.call('continueConversation', { params: { job_id: slack.id }, body: { prompt: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('not started through the API');
    expect((await s.call('continueConversation', { params: { job_id: 'job_00000000000000000000000000' }, body: { prompt: 'x' } })).status).toBe(404);
  });

  it('validates ids, attachments and the body before creating anything', async () => {
    const s = sandbox();
    const before = s.store.all('jobs').length;
    expect((await s.call('getMessage', { params: { message_id: 'nope' } })).body.error).toContain('message_id must match pattern');
    const missing = await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'x', attachment_ids: ['att_00000000000000000000000000'] } });
    expect(missing.body.error).toBe('attachment att_00000000000000000000000000 not found in organization');
    const eleven = Array.from({ length: 11 }, (_, i) => `att_01KRK1TZ3M6Q8W0D4N2B7C5E${String(i).padStart(2, '0').replace(/0/g, 'A').replace(/1/g, 'B')}`);
    expect((await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'x', attachment_ids: eleven } })).body.error).toBe('attachment_ids must NOT have more than 10 items');
    expect((await s.call('startConversation', { raw: '{"agent_id": "support-bot",' })).body.error).toContain('request body is not valid JSON');
    expect(s.store.all('jobs')).toHaveLength(before);
  });

  describe('listing an agent\'s conversations', () => {
    const s = sandbox();
    const list = (query: Record<string, string>) => s.call('listAgentConversations', { params: { agent_id: 'support-bot' }, query });

    it('filters, sorts and pages', async () => {
      const a = (await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'a' } })).body.job_id;
      const b = (await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'b' } })).body.job_id;
      const ids = async (q: Record<string, string>) => (await list(q)).body.conversations.map((c: { id: string }) => c.id);
      expect(await ids({ status: 'active', sort: 'created_at_asc' })).toEqual([a, b]);
      expect(await ids({ status: 'active' })).toEqual([b, a]);
      expect(await ids({ status: 'active', limit: '1', offset: '1', sort: 'created_at_asc' })).toEqual([b]);
      expect(await ids({ status: 'completed' })).toHaveLength(1);
      expect(await ids({ updated_after: '2999-01-01T00:00:00Z' })).toEqual([]);
    });

    it.each([
      [{ limit: '0' }, 'limit must be >= 1'],
      [{ limit: '101' }, 'limit must be <= 100'],
      [{ offset: '-1' }, 'offset must be >= 0'],
      [{ status: 'active,,completed' }, 'status must match pattern'],
      [{ status: 'Active' }, 'status must match pattern'],
      [{ sort: 'newest' }, 'sort must be one of'],
      [{ updated_after: 'yesterday' }, 'updated_after must match format "date-time"'],
    ])('answers 400 for %j', async (query, message) => {
      const res = await list(query);
      expect(res.status).toBe(400);
      expect(res.body.error).toContain(message);
    });
  });
});

describe('attachments', () => {
  it('refuses files over 50 MB and requests without a file', async () => {
    const s = sandbox();
    const big = await s.call('uploadAttachment', { file: { name: 'big.bin', bytes: new Uint8Array(50 * 1024 * 1024 + 1) } });
    expect(big.body.error).toBe('file is larger than 50 MB');
    expect((await s.call('uploadAttachment', { body: { file: 'x' } })).body.error).toContain('multipart/form-data');
  });

  it('returns exact bytes, base64-encoded', async () => {
    const s = sandbox();
    const bytes = new Uint8Array([0, 255, 10, 13, 0x80]);
    const { attachment_id } = (await s.call('uploadAttachment', { file: { name: 'bin.dat', bytes } })).body;
    const got = (await s.call('getAttachment', { params: { attachment_id } })).body;
    expect([...Buffer.from(got.data, 'base64')]).toEqual([...bytes]);
    expect(got).toMatchObject({ filename: 'bin.dat', size_bytes: 5 });
  });
});

describe('artifacts attached to agents cannot be deleted', () => {
  it.each([
    ['createRule', { title: 't', description: 'd', content: 'c' }, 'agent_artifact_rule', 'deleteRule', 'rule_id', 'cannot delete rule: still assigned to 2 agent(s)'],
    ['createMcpConfig', { title: 't', description: 'd', content: '{"mcpServers":{"a":{"url":"https://x"}}}' }, 'agent_artifact_mcp_cfg', 'deleteMcpConfig', 'config_id', 'cannot delete MCP config: still assigned to 2 agent(s)'],
    ['createVault', { name: 'v' }, 'vault', 'deleteVault', 'vault_id', 'cannot delete vault: still assigned to 2 agent(s)'],
  ])('%s then %s', async (create, body, entityType, remove, param, message) => {
    const s = sandbox();
    const id = (await s.call(create, { body })).body.id;
    for (const agent_id of ['support-bot', 'acme/reviewer']) await s.call('assignAgentResource', { params: { agent_id }, body: { entity_type: entityType, entity_id: id } });
    const res = await s.call(remove, { params: { [param]: id } });
    expect(res).toMatchObject({ status: 400, body: { error: message } });
  });

  it('skills too, and a vault that still holds secrets', async () => {
    const s = sandbox();
    const skill = (await s.call('createSkill', { file: { name: 's.zip', bytes: zip({ 'SKILL.md': skillMd('name: s1\ndescription: d') }) } })).body.id;
    await s.call('assignAgentResource', { params: { agent_id: 'support-bot' }, body: { entity_type: 'agent_artifact_skill', entity_id: skill } });
    expect((await s.call('deleteSkill', { params: { skill_id: skill } })).body.error).toBe('cannot delete skill: still assigned to 1 agent(s)');
    const vault = (await s.call('createVault', { body: { name: 'v' } })).body.id;
    for (const env_key of ['A', 'B']) await s.call('createVaultSecret', { params: { vault_id: vault }, body: { env_key, value: 'x' } });
    expect((await s.call('deleteVault', { params: { vault_id: vault } })).body.error).toBe('cannot delete vault: vault still contains 2 secret(s)');
  });

  it('answers 404 for a referenced entity that does not exist', async () => {
    const s = sandbox();
    const res = await s.call('assignAgentResource', { params: { agent_id: 'support-bot' }, body: { entity_type: 'agent_artifact_rule', entity_id: 'aar_00000000000000000000000000' } });
    expect(res).toMatchObject({ status: 404, body: { error: 'rule not found' } });
  });
});

describe('vault secrets', () => {
  it('never return the value, from any endpoint', async () => {
    const s = sandbox();
    const vault_id = (await s.call('createVault', { body: { name: 'v' } })).body.id;
    const created = await s.call('createVaultSecret', { params: { vault_id }, body: { env_key: 'TOKEN', value: 'super-secret-value' } });
    const updated = await s.call('updateVaultSecret', { params: { vault_id, secret_id: created.body.id }, body: { value: 'rotated-secret-value' } });
    const listed = await s.call('listVaultSecrets', { params: { vault_id } });
    const text = JSON.stringify([created.body, updated.body, listed.body, (await s.call('getVault', { params: { vault_id } })).body]);
    expect(text).not.toContain('secret-value');
    expect(updated.body).not.toHaveProperty('value');
  });

  it('treat PATCH {} as a no-op', async () => {
    const s = sandbox();
    const vault_id = (await s.call('createVault', { body: { name: 'v' } })).body.id;
    stepClock();
    const secret = (await s.call('createVaultSecret', { params: { vault_id }, body: { env_key: 'T', value: 'x' } })).body;
    vi.advanceTimersByTime(1000);
    expect((await s.call('updateVaultSecret', { params: { vault_id, secret_id: secret.id }, body: {} })).body.updated_at).toBe(secret.updated_at);
  });
});

describe('env vars', () => {
  const s = sandbox();
  const create = (key: string) => s.call('createEnvVar', { params: { agent_id: 'support-bot' }, body: { key, value: 'v' } });
  it.each([
    ['NAIRI_TOKEN', 'key must not start with the reserved prefix NAIRI_'],
    ['ccagent_x', 'key must not start with the reserved prefix CCAGENT_'],
    ['1ABC', 'key must match pattern'],
    ['HAS-DASH', 'key must match pattern'],
  ])('refuses %s', async (key, message) => {
    const res = await create(key);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(message);
  });

  it('accepts EKSEC_ (no longer reserved) and refuses a duplicate key', async () => {
    expect((await create('EKSEC_TOKEN')).status).toBe(201);
    expect((await create('EKSEC_TOKEN')).body.error).toBe('key EKSEC_TOKEN already exists on this agent');
  });
});

describe('MCP configs', () => {
  it.each([
    ['{"mcpServers":{}}', 'content must define at least one server in mcpServers'],
    ['not json', 'content must be a JSON string'],
    ['{"servers":{}}', 'content must have an mcpServers object'],
  ])('refuses content %j', async (content, message) => {
    const s = sandbox();
    expect((await s.call('createMcpConfig', { body: { title: 't', description: 'd', content } })).body.error).toContain(message);
  });
});

describe('skills', () => {
  const upload = (s: ReturnType<typeof sandbox>, name: string, files: Record<string, string>) =>
    s.call('createSkill', { file: { name, bytes: zip(files) } });

  it.each([
    ['s.tar', { 'SKILL.md': skillMd('name: a\ndescription: d') }, 'file must be a .zip or .skill archive'],
    ['s.zip', { 'README.md': 'x' }, 'archive must contain SKILL.md'],
    ['s.zip', { 'a/SKILL.md': skillMd('name: a\ndescription: d'), 'b/x.md': 'x' }, 'archive must contain SKILL.md'],
    ['s.zip', { 'SKILL.md': '# no frontmatter' }, 'must start with YAML frontmatter'],
    ['s.zip', { 'SKILL.md': skillMd('description: d') }, 'name is required'],
    ['s.zip', { 'SKILL.md': skillMd('name: Bad_Name\ndescription: d') }, 'lowercase letters, digits and single hyphens'],
    ['s.zip', { 'SKILL.md': skillMd('name: a--b\ndescription: d') }, 'single hyphens'],
    ['s.zip', { 'SKILL.md': skillMd('name: -a\ndescription: d') }, 'single hyphens'],
    ['s.zip', { 'SKILL.md': skillMd(`name: ${'a'.repeat(65)}\ndescription: d`) }, 'at most 64 characters'],
    ['s.zip', { 'SKILL.md': skillMd(`name: a\ndescription: ${'d'.repeat(1025)}`) }, 'description must be at most 1024 characters'],
    ['s.zip', { 'SKILL.md': skillMd('name: a') }, 'description is required'],
  ])('%s with %j is refused', async (name, files, message) => {
    const res = await upload(sandbox(), name, files);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(message);
  });

  it('refuses archives over 32 MB and non-zip bytes', async () => {
    const s = sandbox();
    const big = await s.call('createSkill', { file: { name: 'big.zip', bytes: new Uint8Array(32 * 1024 * 1024 + 1) } });
    expect(big.body.error).toBe('archive is larger than 32 MB');
    const junk = await s.call('createSkill', { file: { name: 'j.zip', bytes: new TextEncoder().encode('not a zip') } });
    expect(junk.body.error).toBe('file is not a valid zip archive');
  });

  it('warns about unexpected folders and keeps names unique', async () => {
    const s = sandbox();
    const ok = await upload(s, 'a.skill', { 'SKILL.md': skillMd('name: a\ndescription: d'), 'scripts/x.sh': '', 'misc/y': '' });
    expect(ok.body.warnings).toEqual(['unexpected folder misc/ (expected scripts/, references/ or assets/)']);
    expect((await upload(s, 'b.zip', { 'SKILL.md': skillMd('name: a\ndescription: other') })).body.error).toBe('a skill named a already exists');
  });
});

describe('scheduled jobs', () => {
  const s = sandbox();
  const base = { schedule: '0 9 * * *', timezone: 'UTC', prompt: 'p', job_type: 'slack', connected_channel_id: 'C09M8FRJYTF' };
  const create = (patch: Record<string, unknown>) => s.call('createScheduledJob', { body: { ...base, ...patch } });

  it.each([
    [{ schedule: '* * * * *' }, 'schedule must run at most once every 5 minutes'],
    [{ schedule: '*/2 * * * *' }, 'schedule must run at most once every 5 minutes'],
    [{ schedule: '0 9 * *' }, 'schedule must have 5 fields'],
    [{ timezone: 'Mars/Base' }, 'timezone must be an IANA time zone name'],
    [{ connected_channel_id: 'cc_01KGFV0WN7G22N8HWYDWFHAYB1' }, 'channel cc_01KGFV0WN7G22N8HWYDWFHAYB1 not found in organization'],
    [{ job_type: 'discord' }, "job_type discord does not match the channel's type slack"],
    [{ job_type: 'app', connected_channel_id: undefined }, 'agent_id is required when job_type is app'],
    [{ job_type: 'teams' }, 'job_type must be one of slack, discord, app'],
  ])('refuses %j', async (patch, message) => {
    const res = await create(patch);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(message);
  });

  it('runs app jobs on an agent by slug, sets last_executed_at, and refuses PATCH {}', async () => {
    const res = await create({ job_type: 'app', agent_id: 'support-bot', connected_channel_id: undefined, timezone: 'Europe/Sofia', is_enabled: false });
    expect(res.body).toMatchObject({ agent_id: s.store.agent('support-bot').id, is_enabled: false, is_threaded: false });
    expect(res.body.last_executed_at).toBe(res.body.created_at);
    const patch = await s.call('updateScheduledJob', { params: { job_id: res.body.id }, body: {} });
    expect(patch).toMatchObject({ status: 400, body: { error: 'no fields to update' } });
    const bad = await s.call('updateScheduledJob', { params: { job_id: res.body.id }, body: { schedule: '*/1 * * * *' } });
    expect(bad.body.error).toBe('schedule must run at most once every 5 minutes');
  });
});

describe('unknown routes', () => {
  it('answer 404 with the error envelope', async () => {
    const s = sandbox();
    const res = await s.app.request(`${BASE_PATH}/nope`, { headers: { authorization: 'Bearer nr_test_key_1234' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: `no such endpoint: GET ${BASE_PATH}/nope` });
  });
});
