import { describe, expect, it } from 'vitest';
import { focusSidebar } from './sidebar-focus.ts';

const link = (label: string, href: string, isCurrent = false) => ({ type: 'link' as const, label, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: ReturnType<typeof link>[]) => ({ type: 'group' as const, label, entries, collapsed: true, badge: undefined });

describe('focusSidebar', () => {
  const overviews = new Set(['/api/agents/', '/api/rules/']);
  const tree = (current: string) => [
    group('Help', [link('Vaults', '/help/vaults/', current === '/help/vaults/')]),
    group('API', [
      link('Overview', '/api/', current === '/api/'),
      group('Agents', [link('Overview', '/api/agents/', current === '/api/agents/'), link('Deploy', '/api/agents/deploy/', current === '/api/agents/deploy/')]),
      group('Rules', [link('Overview', '/api/rules/'), link('Create a rule', '/api/rules/create/')]),
    ] as never),
  ];

  it("keeps the current tag's operations and folds every other tag into a link to its overview", () => {
    const api = focusSidebar(tree('/api/agents/deploy/') as never, overviews)[1] as ReturnType<typeof group>;
    expect(api.entries[1]).toMatchObject({ type: 'group', label: 'Agents' });
    expect(api.entries[2]).toEqual(link('Rules', '/api/rules/'));
  });

  it('folds every tag on a page outside the reference, and leaves other groups alone', () => {
    const [help, api] = focusSidebar(tree('/help/vaults/') as never, overviews) as ReturnType<typeof group>[];
    expect(help).toEqual(tree('/help/vaults/')[0]);
    expect(api!.entries.slice(1)).toEqual([link('Agents', '/api/agents/'), link('Rules', '/api/rules/')]);
  });
});

describe('focusSidebar on a large API', () => {
  const tags = Array.from({ length: 30 }, (_, i) => `/api/t${i}/`);
  const overviews = new Set(tags);
  const api = (current: string) => [
    link('Overview', '/api/', current === '/api/'),
    link('All sections', '/api/reference/', current === '/api/reference/'),
    ...tags.map((href, i) => group(`T${i}`, [link('Overview', href, current === href), link('Op', `${href}op/`, current === `${href}op/`)])),
  ];
  const labels = (entries: ReturnType<typeof focusSidebar>) => entries.map((e) => e.label);

  it('lists a window of tags around the current one, and keeps the entries that are not tags', () => {
    const out = focusSidebar(api('/api/t20/op/') as never, overviews, 10);
    expect(labels(out)).toEqual(['Overview', 'All sections', ...Array.from({ length: 10 }, (_, i) => `T${15 + i}`)]);
    expect(out.find((e) => e.label === 'T20')).toMatchObject({ type: 'group' });
  });

  it('lists the first tags on a page outside the reference, and the last ones near the end', () => {
    expect(labels(focusSidebar(api('/api/') as never, overviews, 10)).slice(2)).toEqual(Array.from({ length: 10 }, (_, i) => `T${i}`));
    expect(labels(focusSidebar(api('/api/t29/') as never, overviews, 10)).slice(2)).toEqual(Array.from({ length: 10 }, (_, i) => `T${20 + i}`));
  });

  it('leaves an API with no more tags than the limit whole', () => {
    expect(focusSidebar(api('/api/') as never, overviews, 30)).toHaveLength(32);
  });
});
