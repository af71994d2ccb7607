/** @module The changelog collection (content/changelog), read once per build, newest first. */
import { getCollection } from 'astro:content';
import { newestFirst, type ChangelogEntry } from './model.ts';

let cached: Promise<ChangelogEntry[]> | undefined;

/** Every entry, newest first. Shared by the page, the feed, the twin and 55 operation pages. */
export function changelogEntries(): Promise<ChangelogEntry[]> {
  cached ??= getCollection('changelog').then((all) =>
    newestFirst(all.map((e) => ({ anchor: e.id, title: e.data.title, date: e.data.date, summary: e.data.summary, operations: e.data.operations, body: e.body ?? '' }))),
  );
  return cached;
}
