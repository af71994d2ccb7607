/**
 * @module The sidebar: two top-level sections, Help and API, grouped like the product's help
 * center (see the research map, section 1). Content entries are slugs; reference entries are
 * generated from the spec (one group per tag). Starlight adds the base path to both.
 */
import { existsSync, readdirSync } from 'node:fs';
import { loadSpec } from '../lib/openapi/load.ts';
import { listOperations } from '../lib/openapi/operations.ts';
import { EXPLORER_PATH, SECTIONS_PATH, operationPath, tagLabel, tagPath, tagSlug } from '../lib/openapi/pages.ts';
import { CHANGELOG_PATH } from '../lib/changelog/model.ts';
import { t } from '../strings/index.ts';

const spec = loadSpec();
const CONTENT = new URL('../../content/docs/', import.meta.url);
/** Hand-written guides of a tag (`content/docs/api/<tag>/*.mdx`), after its operations, in file-name order. */
const guides = (tag: string) => {
  const dir = new URL(`api/${tagSlug(tag)}/`, CONTENT);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f)).sort().map((f) => `api/${tagSlug(tag)}/${f.replace(/\.mdx?$/, '')}`) : [];
};
const referenceGroups = spec.tags.map((tag) => ({
  label: tagLabel(tag.name),
  collapsed: true,
  items: [
    { label: 'Overview', link: tagPath(tag.name) },
    ...listOperations(spec).filter((op) => op.tag === tag.name).map((op) => ({ label: op.object.summary, link: operationPath(op) })),
    ...guides(tag.name),
  ],
}));

type Entry = string | { label: string; link: string } | { label: string; items: Entry[]; collapsed?: boolean };

/** Starlight `sidebar` option. */
export const sidebar: Entry[] = [
  {
    label: 'Help',
    items: [
      'help',
      { label: 'Building agents', items: ['help/building-agents/runtime'] },
      {
        label: 'Communicating with agents',
        items: [
          'help/communicating-with-agents/slack-and-discord',
          'help/communicating-with-agents/web-app',
          'help/communicating-with-agents/api',
          'help/communicating-with-agents/system-events',
        ],
      },
      { label: 'Integrations', items: ['help/integrations/slack', 'help/integrations/discord'] },
      { label: 'Capabilities', items: ['help/rules', 'help/skills', 'help/mcp'] },
      { label: 'Vaults & Secrets', items: ['help/vaults', 'help/vaults/security-model'] },
      { label: 'Automations', items: ['help/scheduled-jobs'] },
      { label: 'Developers', items: ['help/using-the-api', 'help/self-hosting'] },
      { label: 'Playbooks', items: ['help/playbooks/company-brain'] },
    ],
  },
  {
    label: 'API',
    items: [
      'api',
      { label: t('changelog.sidebar'), link: CHANGELOG_PATH },
      {
        label: 'Quickstart',
        items: [
          'api/quickstart',
          { label: '1. Configure and deploy', link: '/api/quickstart/configure-and-deploy/' },
          { label: '2. Drive a conversation', link: '/api/quickstart/drive-a-conversation/' },
          { label: '3. Full example', link: '/api/quickstart/full-example/' },
        ],
      },
      { label: 'API explorer', link: EXPLORER_PATH },
      { label: t('sections.sidebar'), link: SECTIONS_PATH },
      ...referenceGroups,
    ],
  },
];
