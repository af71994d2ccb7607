/** @module Connected channels, Models and Integrations tags: mostly read-only org data. */
import type { Handlers } from '../types.ts';

export const catalog: Handlers = {
  listConnectedChannels(_req, { store }) {
    return { status: 200, body: store.all('channels') };
  },
  listModels({ query, queries }, { store }) {
    const providers = queries?.provider ?? (query.provider === undefined ? undefined : [query.provider as string]);
    return { status: 200, body: store.all('models', (m) => !providers || providers.includes(m.provider)) };
  },
  listLlmIntegrations(_req, { store }) {
    return { status: 200, body: store.all('llmIntegrations') };
  },
  updateLlmIntegration({ params, body }, { store }) {
    const row = store.get('llmIntegrations', params.id!);
    row.name = body.name;
    return { status: 200, body: row };
  },
  listGithubInstallations(_req, { store }) {
    return { status: 200, body: store.all('githubInstalls') };
  },
  listGithubRepos(_req, { store }) {
    return { status: 200, body: store.all('githubRepos') };
  },
};
