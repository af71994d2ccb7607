/**
 * @module The sidebar: two top-level sections, Help and API, grouped like the product's help
 * center (see the research map, section 1). Content entries are slugs; reference entries are
 * generated from the spec (one group per tag). Starlight adds the base path to both.
 */
import { loadSpec } from '../lib/openapi/load.ts';
import { listOperations } from '../lib/openapi/operations.ts';
import { EXPLORER_PATH, operationPath, tagPath } from '../lib/openapi/pages.ts';

const spec = loadSpec();
const referenceGroups = spec.tags.map((tag) => ({
  label: tag.name,
  collapsed: true,
  items: [
    { label: 'Overview', link: tagPath(tag.name) },
    ...listOperations(spec).filter((op) => op.tag === tag.name).map((op) => ({ label: op.object.summary, link: operationPath(op) })),
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
        items: ['help/communicating-with-agents/slack-and-discord', 'help/communicating-with-agents/web-app', 'help/communicating-with-agents/api'],
      },
      { label: 'Capabilities', items: ['help/rules', 'help/skills', 'help/mcp'] },
      { label: 'Vaults & Secrets', items: ['help/vaults'] },
      { label: 'Automations', items: ['help/scheduled-jobs'] },
      { label: 'Developers', items: ['help/using-the-api', 'help/self-hosting'] },
    ],
  },
  {
    label: 'API',
    items: [
      'api',
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
      ...referenceGroups,
    ],
  },
];
