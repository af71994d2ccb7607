import { afterAll, describe, expect, it } from 'vitest';
import { ALL_OPERATIONS, sandbox, skillMd, zip } from './client.ts';

// One organization for the whole walk: each step uses what earlier steps created.
const s = sandbox();
const ids: Record<string, string> = {};

describe('every operation answers as the spec says (responses validated against their schemas)', () => {
  it('agents', async () => {
    expect((await s.call('listAgents')).status).toBe(200);
    const created = await s.call('createAgent', { body: { name: 'Contract Agent', instances_count: 2 } });
    expect(created.status).toBe(201);
    ids.agent = created.body.id;
    expect((await s.call('getAgent', { params: { agent_id: 'contract-agent' } })).body.id).toBe(ids.agent);
    expect((await s.call('updateAgent', { params: { agent_id: ids.agent }, body: { system_prompt: 'Be brief.' } })).status).toBe(200);
    expect((await s.call('deployAgent', { params: { agent_id: ids.agent }, body: { update_config_only: true } })).body).toEqual({ status: 'updating_config' });
  });

  it('rules, MCP configs, skills, vaults and secrets', async () => {
    ids.rule = (await s.call('createRule', { body: { title: 'Style', description: 'When writing code', content: '- Be kind' } })).body.id;
    expect((await s.call('listRules')).body.map((r: { id: string }) => r.id)).toContain(ids.rule);
    expect((await s.call('getRule', { params: { rule_id: ids.rule } })).body.title).toBe('Style');
    expect((await s.call('replaceRule', { params: { rule_id: ids.rule }, body: { title: 'Style 2', description: 'd', content: 'c' } })).body.title).toBe('Style 2');

    const content = JSON.stringify({ mcpServers: { db: { command: 'npx', args: ['db'] } } });
    ids.mcp = (await s.call('createMcpConfig', { body: { title: 'DB', description: 'd', content } })).body.id;
    expect((await s.call('listMcpConfigs')).body.find((c: { id: string }) => c.id === ids.mcp).content).toBe(content);
    expect((await s.call('getMcpConfig', { params: { config_id: ids.mcp } })).status).toBe(200);
    expect((await s.call('updateMcpConfig', { params: { config_id: ids.mcp }, body: { title: 'DB', description: 'e', is_sensitive: true } })).body.content).toBeUndefined();

    const archive = zip({ 'contract-skill/SKILL.md': skillMd('name: contract-skill\ndescription: Summarise PRs'), 'contract-skill/scripts/run.sh': 'echo' });
    ids.skill = (await s.call('createSkill', { file: { name: 'contract-skill.zip', bytes: archive } })).body.id;
    expect((await s.call('listSkills')).body.map((r: { id: string }) => r.id)).toContain(ids.skill);
    expect((await s.call('getSkill', { params: { skill_id: ids.skill } })).body.name).toBe('contract-skill');
    const v2 = zip({ 'SKILL.md': skillMd('name: contract-skill\ndescription: Summarise and review PRs') });
    expect((await s.call('updateSkill', { params: { skill_id: ids.skill }, file: { name: 'pr.skill', bytes: v2 } })).body.description).toBe('Summarise and review PRs');

    ids.vault = (await s.call('createVault', { body: { name: 'Prod' } })).body.id;
    expect((await s.call('listVaults')).body.find((v: { id: string }) => v.id === ids.vault).secret_count).toBe(0);
    expect((await s.call('getVault', { params: { vault_id: ids.vault } })).status).toBe(200);
    expect((await s.call('updateVault', { params: { vault_id: ids.vault }, body: { description: 'x' } })).status).toBe(200);
    const secret = await s.call('createVaultSecret', { params: { vault_id: ids.vault }, body: { env_key: 'API_TOKEN', value: 'hunter2', allowed_domains: ['*.example.com'] } });
    ids.secret = secret.body.id;
    expect((await s.call('listVaultSecrets', { params: { vault_id: ids.vault } })).body).toHaveLength(1);
    expect((await s.call('updateVaultSecret', { params: { vault_id: ids.vault, secret_id: ids.secret }, body: { value: 'rotated' } })).status).toBe(200);
  });

  it('agent resources and env vars', async () => {
    const agent_id = ids.agent!;
    const assigned = await s.call('assignAgentResource', { params: { agent_id }, body: { entity_type: 'agent_artifact_rule', entity_id: ids.rule } });
    expect(assigned.status).toBe(201);
    expect((await s.call('listAgentResources', { params: { agent_id } })).body).toHaveLength(1);
    expect((await s.call('unassignAgentResource', { params: { agent_id, resource_id: assigned.body.id } })).status).toBe(204);

    const env = await s.call('createEnvVar', { params: { agent_id }, body: { key: 'NODE_ENV', value: 'production' } });
    expect(env.status).toBe(201);
    expect((await s.call('listEnvVars', { params: { agent_id } })).body).toHaveLength(1);
    expect((await s.call('updateEnvVar', { params: { agent_id, env_var_id: env.body.id }, body: { value: 'staging' } })).body.value).toBe('staging');
    expect((await s.call('deleteEnvVar', { params: { agent_id, env_var_id: env.body.id } })).status).toBe(204);
  });

  it('conversations and attachments', async () => {
    const upload = await s.call('uploadAttachment', { file: { name: 'notes.txt', bytes: new TextEncoder().encode('hello'), type: 'text/plain' } });
    expect(upload.status).toBe(201);
    const download = await s.call('getAttachment', { params: { attachment_id: upload.body.attachment_id } });
    expect(Buffer.from(download.body.data, 'base64').toString()).toBe('hello');

    const started = await s.call('startConversation', { body: { agent_id: 'support-bot', prompt: 'Hello', attachment_ids: [upload.body.attachment_id] } });
    expect(started.status).toBe(202);
    expect((await s.settle(started.body.message_id)).status).toBe('completed');
    const { body } = await s.call('listConversationMessages', { params: { job_id: started.body.job_id } });
    // A tool call (running, completed), the reply in two pieces, then the reply itself.
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'progress', 'progress', 'progress', 'progress', 'assistant']);
    const envelopes = body.messages.filter((m: { role: string }) => m.role === 'progress').map((m: { content: string; progress_type: string }) => ({ ...JSON.parse(m.content), top: m.progress_type }));
    expect(envelopes.map((e: { progress_type: string; top: string }) => [e.progress_type, e.top])).toEqual([['tool_use', 'tool_use'], ['tool_use', 'tool_use'], ['text', 'text'], ['text', 'text']]);
    expect(envelopes.map((e: { text_delta?: string }) => e.text_delta ?? '').join('')).toBe(body.messages.at(-1).content);
    const next = await s.call('continueConversation', { params: { job_id: started.body.job_id }, body: { prompt: 'More' } });
    expect(next.status).toBe(202);
    await s.settle(next.body.message_id);
    const page = await s.call('listAgentConversations', { params: { agent_id: 'support-bot' }, query: { status: 'active', sort: 'updated_at_asc', limit: '10' } });
    expect(page.body.conversations.map((c: { id: string }) => c.id)).toContain(started.body.job_id);
  });

  it('channels, scheduled jobs, models and integrations', async () => {
    const channels = await s.call('listConnectedChannels');
    expect(channels.body.length).toBeGreaterThan(0);
    const job = await s.call('createScheduledJob', { body: { schedule: '0 9 * * *', timezone: 'UTC', prompt: 'Report', job_type: 'slack', connected_channel_id: 'C09M8FRJYTF' } });
    expect(job.status).toBe(201);
    expect((await s.call('listScheduledJobs')).body.map((r: { id: string }) => r.id)).toContain(job.body.id);
    expect((await s.call('getScheduledJob', { params: { job_id: job.body.id } })).status).toBe(200);
    expect((await s.call('updateScheduledJob', { params: { job_id: job.body.id }, body: { is_enabled: false } })).body.is_enabled).toBe(false);
    expect((await s.call('deleteScheduledJob', { params: { job_id: job.body.id } })).status).toBe(204);

    expect((await s.call('listModels', { query: { provider: 'anthropic' } })).body.every((m: { provider: string }) => m.provider === 'anthropic')).toBe(true);
    const llm = await s.call('listLlmIntegrations');
    expect((await s.call('updateLlmIntegration', { params: { id: llm.body[0].id }, body: { name: 'Renamed' } })).body.name).toBe('Renamed');
    expect((await s.call('listGithubInstallations')).body).toHaveLength(1);
    expect((await s.call('listGithubRepos')).body).toHaveLength(1);
  });

  it('deletes', async () => {
    expect((await s.call('deleteVaultSecret', { params: { vault_id: ids.vault!, secret_id: ids.secret! } })).status).toBe(204);
    expect((await s.call('deleteVault', { params: { vault_id: ids.vault! } })).status).toBe(204);
    expect((await s.call('deleteSkill', { params: { skill_id: ids.skill! } })).status).toBe(204);
    expect((await s.call('deleteMcpConfig', { params: { config_id: ids.mcp! } })).status).toBe(204);
    expect((await s.call('deleteRule', { params: { rule_id: ids.rule! } })).status).toBe(204);
    expect((await s.call('deleteAgent', { params: { agent_id: ids.agent! } })).status).toBe(204);
    expect((await s.call('getAgent', { params: { agent_id: ids.agent! } })).status).toBe(404);
  });

  afterAll(() => {
    // The walk must touch every operation in the spec; a new operation without a step fails here.
    expect(ALL_OPERATIONS.filter((id) => !s.exercised.has(id))).toEqual([]);
  });
});
