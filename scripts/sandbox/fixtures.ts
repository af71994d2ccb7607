/**
 * @module The organisation a fresh sandbox starts with, so a newcomer can try things at once:
 * a deployed agent (`support-bot`), one whose slug has a `/`, two channels, models, an LLM
 * integration, GitHub access and a Slack-started conversation (which the API cannot continue).
 */
import { newId } from './ids.ts';
import type { Store } from './store.ts';

export function seed(store: Store): void {
  const at = store.now();
  const agent = (name: string, agentId: string, description: string) =>
    store.put('agents', {
      id: newId('cci'), name, agent_id: agentId, description, system_prompt: null,
      instances_count: 1, is_self_hosted: false, created_at: at, updated_at: at,
    });
  const support = agent('Support Bot', 'support-bot', 'Answers questions about the sandbox organisation.');
  agent('Acme Reviewer', 'acme/reviewer', 'An agent whose slug contains a slash.');

  store.put('channels', { id: newId('cc'), channel_type: 'slack', channel_id: 'C09M8FRJYTF', channel_name: 'support', default_agent_id: support.id, mode: 'execute' });
  store.put('channels', { id: newId('cc'), channel_type: 'discord', channel_id: '1204485592341217290', channel_name: 'ops', default_agent_id: support.id, mode: 'ask' });

  const models = [
    ['opus-4.5', 'Claude Opus 4.5', 'anthropic', 5, 25, false],
    ['sonnet-4.6', 'Claude Sonnet 4.6', 'anthropic', 3, 15, false],
    ['claude-opus-4-7', 'Claude Opus 4.7', 'anthropic', 5, 25, false],
    ['big-pickle', 'Big Pickle', 'opencode', null, null, true],
  ] as const;
  for (const [id, display_name, provider, input_price, output_price, is_free] of models) {
    store.put('models', { id, display_name, provider, input_price, output_price, is_free });
  }
  store.put('llmIntegrations', { id: newId('ai'), name: 'Production Anthropic', provider: 'anthropic', created_at: at });
  const install = store.put('githubInstalls', { id: '48213377', account_login: 'acme', created_at: at });
  store.put('githubRepos', { id: newId(''), full_name: 'acme/web', installation_id: install.id });

  const job = store.put('jobs', { id: newId('job'), agent_id: support.id, status: 'completed', source: 'slack', created_at: at, updated_at: at });
  store.put('messages', { id: newId('cmsg'), job_id: job.id, role: 'user', content: 'What changed in the last release?', status: 'completed', created_at: at, updated_at: at });
}
