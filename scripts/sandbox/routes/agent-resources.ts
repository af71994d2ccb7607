/** @module Agent resources tag: attach and detach rules, MCP configs, skills, vaults and more. */
import { badRequest, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Kind, Store } from '../store.ts';
import type { Handlers } from '../types.ts';

/** Where each entity type lives, so a missing one answers the right 404. */
const ENTITY_KIND: Record<string, Kind> = {
  agent_artifact_rule: 'rules',
  agent_artifact_mcp_cfg: 'mcpConfigs',
  agent_artifact_skill: 'skills',
  vault: 'vaults',
  github_repository_integration: 'githubRepos',
  anthropic_integration: 'llmIntegrations',
  llm_model: 'models',
};

/** The referenced entity must exist: a missing one is a 404, as in the API. */
function checkEntity(store: Store, type: string, id: string): void {
  store.get(ENTITY_KIND[type]!, id);
}

export const agentResources: Handlers = {
  listAgentResources({ params }, { store }) {
    const agent = store.agent(params.agent_id!);
    return { status: 200, body: store.all('resources', (r) => r.container_id === agent.id) };
  },
  assignAgentResource({ params, body }, { store }) {
    const agent = store.agent(params.agent_id!);
    checkEntity(store, body.entity_type, body.entity_id);
    const existing = store.all('resources', (r) => r.container_id === agent.id && r.entity_id === body.entity_id);
    if (existing.length) badRequest(`${body.entity_id} is already assigned to this agent`);
    const row = store.put('resources', {
      id: newId('ccr'), container_id: agent.id, entity_type: body.entity_type, entity_id: body.entity_id, created_at: store.now(),
    });
    return { status: 201, body: row };
  },
  unassignAgentResource({ params }, { store }) {
    const agent = store.agent(params.agent_id!);
    const row = store.get('resources', params.resource_id!);
    if (row.container_id !== agent.id) notFound('resource assignment not found');
    store.remove('resources', row.id);
    return { status: 204 };
  },
};
