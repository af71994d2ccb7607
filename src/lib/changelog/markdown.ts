/**
 * @module The changelog's Markdown twin: the page as CommonMark, every link absolute so the text
 * stands on its own (pasted into a chat, read by a tool).
 */
import { format, t } from '../../strings/index.ts';
import { absoluteUrl, CHANGELOG_FEED_PATH, isoDay, operationsMarkdown, type ChangelogEntry } from './model.ts';
import type { FeedSite } from './feed.ts';

export function changelogMarkdown(entries: ChangelogEntry[], { site, base }: FeedSite): string {
  const url = (path: string) => absoluteUrl(path, site, base);
  const parts = [`# ${t('changelog.title')}`, `> ${t('changelog.description')}`, format(t('changelog.feedMarkdown'), { url: url(CHANGELOG_FEED_PATH) })];
  for (const entry of entries) {
    parts.push(
      `## ${entry.title}`,
      `*${format(t('changelog.published'), { date: isoDay(entry.date) })}*`,
      entry.body.trim(),
      t('changelog.operations'),
      operationsMarkdown(entry, url),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
