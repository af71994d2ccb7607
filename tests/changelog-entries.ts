/**
 * @module The changelog files read without Astro: frontmatter through the collection's own schema,
 * the body as written. Tests use it to check the content and to feed the pure feed and twin writers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { changelogSchema } from '../src/lib/changelog/schema.ts';
import { newestFirst, type ChangelogEntry } from '../src/lib/changelog/model.ts';

export const CHANGELOG_DIR = resolve(import.meta.dirname, '../content/changelog');

export interface ChangelogFile {
  file: string;
  frontmatter: unknown;
  body: string;
}

export function changelogFiles(): ChangelogFile[] {
  return readdirSync(CHANGELOG_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CHANGELOG_DIR, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      return { file, frontmatter: parse(match[1]!), body: match[2]! };
    });
}

/** The entries as the collection gives them to the page, the feed and the twin: newest first. */
export function changelogEntriesFromFiles(): ChangelogEntry[] {
  return newestFirst(
    changelogFiles().map(({ file, frontmatter, body }) => ({ anchor: file.replace(/\.mdx$/, ''), body, ...changelogSchema.parse(frontmatter) })),
  );
}
