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
