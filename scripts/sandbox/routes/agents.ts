/** @module Agents tag: CRUD with slug derivation, `PATCH {}` as a no-op, and async deploy. */
import { badRequest } from '../errors.ts';
import { newId, slugify } from '../ids.ts';
import type { Store } from '../store.ts';
import type { Handlers } from '../types.ts';

/** A slug not used by another agent: `name`, then `name-2`, `name-3`… */
function uniqueSlug(store: Store, name: string): string {
  const base = slugify(name);
  if (!base) badRequest('name must contain at least one letter or digit');
  const taken = new Set(store.all('agents').map((a) => a.agent_id));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

const UPDATABLE = ['name', 'description', 'system_prompt', 'instances_count'] as const;

export const agents: Handlers = {
  listAgents(_req, { store }) {
    return { status: 200, body: store.all('agents') };
  },
  createAgent({ body }, { store }) {
    const at = store.now();
    const agent = store.put('agents', {
      id: newId('cci'), name: body.name, agent_id: uniqueSlug(store, body.name), description: '', system_prompt: null,
      instances_count: body.instances_count ?? 1, is_self_hosted: false, created_at: at, updated_at: at,
    });
    return { status: 201, body: agent };
  },
  getAgent({ params }, { store }) {
    return { status: 200, body: store.agent(params.agent_id!) };
  },
  updateAgent({ params, body }, { store }) {
    const agent = store.agent(params.agent_id!);
    const changes = UPDATABLE.filter((key) => key in body);
    if (changes.length === 0) return { status: 200, body: agent };
    for (const key of changes) agent[key] = body[key];
    agent.updated_at = store.now();
    return { status: 200, body: agent };
  },
  deleteAgent({ params }, { store }) {
    const agent = store.agent(params.agent_id!);
    for (const kind of ['resources', 'envVars'] as const) {
      for (const row of store.all(kind, (r) => r.container_id === agent.id)) store.remove(kind, row.id);
    }
    store.remove('agents', agent.id);
    return { status: 204 };
  },
  deployAgent({ params, body }, { store }) {
    store.agent(params.agent_id!);
    return { status: 202, body: { status: body?.update_config_only ? 'updating_config' : 'deploying' } };
  },
};
