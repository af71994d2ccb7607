/**
 * @module The sidebar: two top-level sections, Help and API, grouped like the product's help
 * center (see the research map, section 1). Entries are slugs, so Starlight adds the base path.
 */

type Entry = string | { label: string; link: string } | { label: string; items: Entry[]; collapsed?: boolean };

/** Starlight `sidebar` option. */
export const sidebar: Entry[] = [
  {
    label: 'Help',
    items: [
      'help',
      { label: 'Communicating with agents', items: ['help/communicating-with-agents/api'] },
      { label: 'Vaults & Secrets', items: ['help/vaults'] },
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
    ],
  },
];
