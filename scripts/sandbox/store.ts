/** @module The sandbox's in-memory organization: one Map per resource, plus lookups that 404. */
import { ApiError, notFound } from './errors.ts';
import { hasPrefix } from './ids.ts';

type Row = Record<string, any> & { id: string };

/** Every resource kind the API manages. */
export const KINDS = [
  'agents', 'resources', 'envVars', 'rules', 'mcpConfigs', 'skills', 'vaults', 'secrets', 'channels',
  'scheduledJobs', 'models', 'llmIntegrations', 'githubRepos', 'githubInstalls', 'jobs', 'messages', 'attachments',
] as const;
export type Kind = (typeof KINDS)[number];

/** Not-found messages, as the API words them. */
const NOT_FOUND: Partial<Record<Kind, string>> = {
  agents: 'agent not found',
  rules: 'rule not found',
  mcpConfigs: 'MCP config not found',
  skills: 'skill not found',
  vaults: 'vault not found',
  secrets: 'secret not found',
  envVars: 'env var not found',
  resources: 'resource assignment not found',
  scheduledJobs: 'scheduled job not found',
  llmIntegrations: 'LLM integration not found',
  jobs: 'conversation not found',
  messages: 'message not found',
  attachments: 'attachment not found',
  models: 'model not found',
  githubRepos: 'GitHub repository not found',
};

export class Store {
  readonly tables = Object.fromEntries(KINDS.map((k) => [k, new Map<string, Row>()])) as Record<Kind, Map<string, Row>>;

  /** Current time as the API writes it. */
  now(): string {
    return new Date().toISOString();
  }

  all(kind: Kind, filter: (row: Row) => boolean = () => true): Row[] {
    return [...this.tables[kind].values()].filter(filter);
  }

  put<T extends Row>(kind: Kind, row: T): T {
    this.tables[kind].set(row.id, row);
    return row;
  }

  remove(kind: Kind, id: string): void {
    this.tables[kind].delete(id);
  }

  /** A row by ID, or the API's 404 for that kind. */
  get(kind: Kind, id: string): Row {
    return this.tables[kind].get(id) ?? notFound(NOT_FOUND[kind] ?? 'not found');
  }

  /** An agent by `cci_` ID or by slug (the `agent_id` field). */
  agent(ref: string): Row {
    if (hasPrefix(ref, 'cci')) return this.get('agents', ref);
    return this.all('agents', (a) => a.agent_id === ref)[0] ?? notFound('agent not found');
  }

  /** How many distinct agents have this entity attached. */
  attachedAgents(entityId: string): number {
    return new Set(this.all('resources', (r) => r.entity_id === entityId).map((r) => r.container_id)).size;
  }

  /** Refuses to delete an entity that agents still use, with the API's message. */
  refuseIfAttached(entityId: string, noun: string): void {
    const count = this.attachedAgents(entityId);
    if (count > 0) throw new ApiError(400, `cannot delete ${noun}: still assigned to ${count} agent(s)`);
  }
}
