/**
 * @module The organization every new key starts with, so a newcomer can try things at once and
 * every sample on the site runs as shown: the IDs are the spec's example IDs. It holds a ready agent
 * (`my-agent`), `support-bot`, `acme/reviewer` (a slug with a `/`), an API conversation, an
 * attachment, one of each artifact, a vault with a secret and an empty one, channels, a scheduled
 * job, models and integrations, plus a Slack-started conversation the API cannot continue.
 */
import { newId } from './ids.ts';
import type { Store } from './store.ts';

export const FIXTURE = {
  agent: 'cci_01KEQ6963XS96YDP3NF9NKB7QJ',
  job: 'job_01KRK1V46BXS73CSNK2VR35NPJ',
  message: 'cmsg_01KRK1V475HBTME8QJQMAPWK16',
  attachment: 'att_01KRK1TZ3M6Q8W0D4N2B7C5E9F',
  resource: 'ccr_01KJW2VNGX7TA2Z077AF0N54TM',
  envVar: 'cev_01KHGX61ZCCN8M1SG0VMSGRAAB',
  rule: 'aar_01KJWRKX0ZNZP91YG3Q353776Q',
  mcpConfig: 'amc_01KJWS2T7W3X9Y4Z5A6B7C8D9E',
  skill: 'ask_01KJWS9M4N5P6Q7R8S9T0V1W2X',
  vault: 'vlt_01KQ27A9B8C7D6E5F4G3H2J1K0',
  emptyVault: 'vlt_01KQ27B3EMPTYVA00000000000',
  secret: 'sec_01KQ27AQH800XQTQPJZ0DH14SJ',
  scheduledJob: 'sj_01K7XSRBBM0294N1WBD2M9EVQC',
  llm: 'ai_01KJTC8VXB6YJHHV8ZRHQZ4A8G',
} as const;

export function seed(store: Store): void {
  const at = store.now();
  const stamp = { created_at: at, updated_at: at };
  const agent = (id: string, name: string, agentId: string, description: string) =>
    store.put('agents', { id, name, agent_id: agentId, description, system_prompt: null, instances_count: 1, is_self_hosted: false, ...stamp });
  agent(FIXTURE.agent, 'My Agent', 'my-agent', 'A ready agent for trying the API.');
  const support = agent(newId('cci'), 'Support Bot', 'support-bot', 'Answers questions about the sandbox organization.');
  agent(newId('cci'), 'Acme Reviewer', 'acme/reviewer', 'An agent whose slug contains a slash.');

  store.put('channels', { id: newId('cc'), channel_type: 'slack', channel_id: 'C09M8FRJYTF', channel_name: 'support', default_agent_id: support.id, mode: 'execute' });
  store.put('channels', { id: newId('cc'), channel_type: 'discord', channel_id: '1204485592341217290', channel_name: 'ops', default_agent_id: support.id, mode: 'ask' });
  const models = [
    ['opus-4.5', 'Claude Opus 4.5', 'anthropic', 5, 25, false],
    ['sonnet-4.6', 'Claude Sonnet 4.6', 'anthropic', 3, 15, false],
    ['claude-opus-4-7', 'Claude Opus 4.7', 'anthropic', 5, 25, false],
    ['big-pickle', 'Big Pickle', 'opencode', null, null, true],
  ] as const;
  for (const [id, display_name, provider, input_price, output_price, is_free] of models) store.put('models', { id, display_name, provider, input_price, output_price, is_free });
  store.put('llmIntegrations', { id: FIXTURE.llm, name: 'Production Anthropic', provider: 'anthropic', created_at: at });
  store.put('githubInstalls', { id: '48213377', account_login: 'acme', created_at: at });
  store.put('githubRepos', { id: newId(''), full_name: 'acme/web', installation_id: '48213377' });

  store.put('resources', { id: FIXTURE.resource, container_id: FIXTURE.agent, entity_type: 'llm_model', entity_id: 'opus-4.5', created_at: at });
  store.put('envVars', { id: FIXTURE.envVar, container_id: FIXTURE.agent, key: 'LOG_LEVEL', value: 'info', ...stamp });
  store.put('rules', { id: FIXTURE.rule, title: 'Code Style Rules', description: 'Apply when writing or reviewing TypeScript.', content: '- Prefer named exports.', ...stamp });
  store.put('mcpConfigs', { id: FIXTURE.mcpConfig, title: 'Docs MCP', description: 'Search the public docs.', content: '{"mcpServers":{"docs":{"url":"https://mcp.example.com"}}}', is_sensitive: false, ...stamp });
  store.put('skills', { id: FIXTURE.skill, name: 'pr-summary', description: 'Use when asked to summarise a pull request.', filename: 'pr-summary.zip', size_bytes: 2048, warnings: [], ...stamp });
  store.put('vaults', { id: FIXTURE.vault, name: 'Production Secrets', description: 'Keys for production services.', ...stamp });
  store.put('vaults', { id: FIXTURE.emptyVault, name: 'Old Secrets', description: 'An empty vault, safe to delete.', ...stamp });
  store.put('secrets', { id: FIXTURE.secret, vault_id: FIXTURE.vault, env_key: 'DATABASE_URL', value: 'postgres://sandbox', allowed_domains: [], ...stamp });
  store.put('scheduledJobs', { id: FIXTURE.scheduledJob, schedule: '0 9 * * *', timezone: 'America/New_York', prompt: 'Generate daily status report', job_type: 'slack', connected_channel_id: 'C09M8FRJYTF', agent_id: null, is_threaded: true, is_enabled: true, last_executed_at: at, ...stamp });
  const bytes = Buffer.from('hello world\n');
  store.put('attachments', { id: FIXTURE.attachment, filename: 'notes.txt', content_type: 'text/plain', size_bytes: bytes.length, data: bytes.toString('base64'), created_at: at });

  store.put('jobs', { id: FIXTURE.job, agent_id: FIXTURE.agent, status: 'active', source: 'api', ...stamp });
  store.put('messages', { id: FIXTURE.message, job_id: FIXTURE.job, role: 'user', content: 'Summarise the open support tickets tagged billing.', status: 'completed', ...stamp });
  store.put('messages', { id: newId('cmsg'), job_id: FIXTURE.job, role: 'assistant', content: 'There are three open billing tickets.', status: 'completed', model: 'claude-opus-4-7', ...stamp });
  const slack = store.put('jobs', { id: newId('job'), agent_id: support.id, status: 'completed', source: 'slack', ...stamp });
  store.put('messages', { id: newId('cmsg'), job_id: slack.id, role: 'user', content: 'What changed in the last release?', status: 'completed', ...stamp });
}
