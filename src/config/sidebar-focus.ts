/**
 * @module The sidebar grows with the API: one group of operations per tag. Every page carried all of
 * them (31 KB of HTML on each page at 55 operations, and with the square of the operation count in
 * `dist/`). A page now shows the operations of its own tag only; every other tag is one link to its
 * overview, where its operations are listed.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

const hasCurrent = (entry: Entry): boolean => (entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent));

/**
 * Folds each reference group (a group whose first link is a tag overview in `overviews`) that does
 * not hold the current page into a link to that overview. Other groups are left as they are.
 */
export function focusSidebar(entries: Entry[], overviews: Set<string>): Entry[] {
  return entries.map((entry) => {
    if (entry.type === 'link') return entry;
    const first = entry.entries[0];
    const overview = first?.type === 'link' && overviews.has(first.href) ? first : undefined;
    if (overview && !hasCurrent(entry)) return { type: 'link', label: entry.label, href: overview.href, isCurrent: false, badge: undefined, attrs: {} };
    return { ...entry, entries: focusSidebar(entry.entries, overviews) } as Entry;
  });
}
