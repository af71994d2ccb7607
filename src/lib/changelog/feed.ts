/**
 * @module The changelog as an Atom 1.0 feed, written by the `feed` library. Pure: entries and site
 * settings in, XML out, so a test can parse the result without a build.
 */
import { Feed } from 'feed';
import { markdownToHtml } from 'satteri';
import { t } from '../../strings/index.ts';
import { absoluteUrl, CHANGELOG_FEED_PATH, CHANGELOG_PATH, entryPath, operationsMarkdown, type ChangelogEntry } from './model.ts';

export interface FeedSite {
  /** Astro's `site`: the origin every link in the feed starts with. */
  site: string | URL;
  /** Astro's base path (`/` or e.g. `/docs`). */
  base: string;
}

export function changelogAtom(entries: ChangelogEntry[], { site, base }: FeedSite): string {
  const url = (path: string) => absoluteUrl(path, site, base);
  const page = url(CHANGELOG_PATH);
  // The newest entry's date, not the build time: rebuilding without a new entry must not look like news.
  const updated = entries.reduce((latest, e) => (e.date > latest ? e.date : latest), new Date(0));
  const feed = new Feed({
    id: page,
    link: page,
    feedLinks: { atom: url(CHANGELOG_FEED_PATH) },
    title: t('changelog.feedTitle'),
    description: t('changelog.description'),
    // Atom needs an author on the feed when its entries have none.
    author: { name: t('changelog.feedAuthor') },
    updated,
    generator: false,
  });
  for (const entry of entries) {
    const link = url(entryPath(entry));
    // The body plus the list of operations, so a reader of the feed can follow them like on the page.
    const markdown = `${entry.body.trim()}\n\n${t('changelog.operations')}\n\n${operationsMarkdown(entry, url)}\n`;
    feed.addItem({
      id: link,
      link,
      title: entry.title,
      description: entry.summary,
      content: markdownToHtml(markdown).html,
      date: entry.date,
      published: entry.date,
    });
  }
  return feed.atom1();
}
