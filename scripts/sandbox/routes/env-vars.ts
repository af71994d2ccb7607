/** @module Env vars tag: per-agent plain-text variables; reserved prefixes and duplicate keys refused. */
import { badRequest, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import type { Handlers } from '../types.ts';

/** Prefixes Nairi keeps for itself. */
export const RESERVED_PREFIXES = ['NAIRI_', 'CCAGENT_'];

function checkKey(store: Store, agentId: string, key: string, self?: string): void {
  const reserved = RESERVED_PREFIXES.find((p) => key.toUpperCase().startsWith(p));
  if (reserved) badRequest(`key must not start with the reserved prefix ${reserved}`);
  const clash = store.all('envVars', (v) => v.container_id === agentId && v.key === key && v.id !== self);
  if (clash.length) badRequest(`key ${key} already exists on this agent`);
}

function envVarOf(store: Store, agentRef: string, id: string) {
  const agent = store.agent(agentRef);
  const row = store.get('envVars', id);
  if (row.container_id !== agent.id) notFound('env var not found');
  return row;
}

export const envVars: Handlers = {
  listEnvVars({ params }, { store }) {
    const agent = store.agent(params.agent_id!);
    return { status: 200, body: store.all('envVars', (v) => v.container_id === agent.id) };
  },
  createEnvVar({ params, body }, { store }) {
    const agent = store.agent(params.agent_id!);
    checkKey(store, agent.id, body.key);
    const at = store.now();
    const row = store.put('envVars', { id: newId('cev'), container_id: agent.id, key: body.key, value: body.value, created_at: at, updated_at: at });
    return { status: 201, body: row };
  },
  updateEnvVar({ params, body }, { store }) {
    const row = envVarOf(store, params.agent_id!, params.env_var_id!);
    if (body.key === undefined && body.value === undefined) return { status: 200, body: row };
    if (body.key !== undefined) checkKey(store, row.container_id, body.key, row.id);
    Object.assign(row, body.key !== undefined ? { key: body.key } : {}, body.value !== undefined ? { value: body.value } : {});
    row.updated_at = store.now();
    return { status: 200, body: row };
  },
  deleteEnvVar({ params }, { store }) {
    const row = envVarOf(store, params.agent_id!, params.env_var_id!);
    store.remove('envVars', row.id);
    return { status: 204 };
  },
};
