/** @module Registry of every operation's handler, keyed by operationId. */
import type { Handlers } from '../types.ts';
import { agentResources } from './agent-resources.ts';
import { agents } from './agents.ts';
import { attachments } from './attachments.ts';
import { catalog } from './catalog.ts';
import { conversations } from './conversations.ts';
import { envVars } from './env-vars.ts';
import { mcpConfigs } from './mcp-configs.ts';
import { rules } from './rules.ts';
import { scheduledJobs } from './scheduled-jobs.ts';
import { skills } from './skills.ts';
import { vaultSecrets } from './vault-secrets.ts';
import { vaults } from './vaults.ts';

export const handlers: Handlers = {
  ...conversations, ...attachments, ...agents, ...agentResources, ...envVars, ...rules, ...mcpConfigs,
  ...skills, ...vaults, ...vaultSecrets, ...scheduledJobs, ...catalog,
};
