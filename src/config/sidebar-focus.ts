/**
 * @module The sidebar grows with the API: one group of operations per tag. Every page carried all of
 * them (31 KB of HTML on each page at 55 operations, and with the square of the operation count in
 * `dist/`). A page now shows the operations of its own tag only; every other tag is one link to its
 * overview, where its operations are listed. Past `maxTags` tags even those links grow with the API
 * (255 tags at 1,000 operations), so the sidebar lists a window of tags around the current one and
 * the "All sections" page (`/api/reference/`) lists them all.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

/** Tags a page's sidebar lists at most: ours has 14, so only a larger API is windowed. */
export const MAX_SIDEBAR_TAGS = 20;

const hasCurrent = (entry: Entry): boolean => (entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent));

/** The tag overview an entry stands for: a folded link to it, or a group that starts with it. */
function overviewOf(entry: Entry, overviews: Set<string>): string | undefined {
  const first = entry.type === 'link' ? entry : entry.entries[0];
  return first?.type === 'link' && overviews.has(first.href) ? first.href : undefined;
}

/** Keeps `max` tag entries: a window that holds the current tag (or the first ones), in order. */
function windowTags(entries: Entry[], overviews: Set<string>, max: number): Entry[] {
  const tags = entries.flatMap((entry, index) => (overviewOf(entry, overviews) ? [index] : []));
  if (tags.length <= max) return entries;
  const current = Math.max(0, tags.findIndex((index) => hasCurrent(entries[index]!)));
  const start = Math.min(Math.max(0, current - Math.floor(max / 2)), tags.length - max);
  const kept = new Set(tags.slice(start, start + max));
  return entries.filter((entry, index) => !overviewOf(entry, overviews) || kept.has(index));
}

/**
 * Folds each reference group (a group whose first link is a tag overview in `overviews`) that does
 * not hold the current page into a link to that overview, and lists at most `maxTags` tags per
 * group. Other groups are left as they are.
 */
export function focusSidebar(entries: Entry[], overviews: Set<string>, maxTags = MAX_SIDEBAR_TAGS): Entry[] {
  const focused = entries.map((entry): Entry => {
    if (entry.type === 'link') return entry;
    const overview = overviewOf(entry, overviews);
    if (overview && !hasCurrent(entry)) return { type: 'link', label: entry.label, href: overview, isCurrent: false, badge: undefined, attrs: {} };
    return { ...entry, entries: focusSidebar(entry.entries, overviews, maxTags) } as Entry;
  });
  return windowTags(focused, overviews, maxTags);
}
