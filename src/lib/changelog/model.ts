/**
 * @module A changelog entry as the page, the feed, the Markdown twin and the operation pages see it,
 * with the few helpers they share. Nothing here reads the collection, so it is testable on its own.
 */
import { withBase } from '../../markdown/base-links.ts';
import { findOperation } from '../openapi/operations.ts';
import { operationPath } from '../openapi/pages.ts';
import { loadSpec } from '../openapi/load.ts';

export interface ChangelogEntry {
  /** The file name without extension (`2026-06-10-public-api-hardening`); the entry's anchor on the page. */
  anchor: string;
  title: string;
  date: Date;
  summary: string;
  /** operationIds the change touches. */
  operations: string[];
  /** The entry's body as written: plain Markdown. */
  body: string;
}

/** Site paths (without base) of the changelog page and its two other forms. */
export const CHANGELOG_PATH = '/api/changelog/';
export const CHANGELOG_FEED_PATH = '/api/changelog.xml';
export const CHANGELOG_MARKDOWN_PATH = '/api/changelog.md';

/** Path of one entry on the changelog page. */
export const entryPath = (entry: Pick<ChangelogEntry, 'anchor'>) => `${CHANGELOG_PATH}#${entry.anchor}`;

/** `2026-06-10`: the day of an entry, the same in every time zone (frontmatter dates are UTC midnight). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Newest first; entries of the same day by anchor, so the order never depends on file-system order. */
export const newestFirst = (entries: ChangelogEntry[]) =>
  [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.anchor.localeCompare(b.anchor));

/** The entries that name an operation, newest first. */
export const entriesNaming = (entries: ChangelogEntry[], operationId: string) =>
  newestFirst(entries).filter((e) => e.operations.includes(operationId));

/** An absolute URL for a site path: the site's origin, then the base path. */
export const absoluteUrl = (path: string, site: string | URL, base: string) => new URL(withBase(path, base), site).href;

/** The operations an entry names, as a Markdown list of links to their pages (`url` makes each link). */
export function operationsMarkdown(entry: ChangelogEntry, url: (path: string) => string): string {
  const spec = loadSpec();
  return entry.operations
    .map((id) => findOperation(spec, id))
    .map((op) => `- [${op.object.summary.replace(/[[\]]/g, '\\$&')}](${url(operationPath(op))}): \`${op.method.toUpperCase()} ${op.path}\``)
    .join('\n');
}
