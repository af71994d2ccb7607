import { describe, expect, it } from 'vitest';
import { changelogEntriesFromFiles } from '../../../tests/changelog-entries.ts';
import { changelogMarkdown } from './markdown.ts';

const entries = changelogEntriesFromFiles();
const markdown = changelogMarkdown(entries, { site: 'https://docs.nairi.ai', base: '/docs' });

describe('the changelog Markdown twin', () => {
  it('has every entry, newest first, with its date and its body as written', () => {
    const titles = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(entries.map((e) => e.title));
    for (const entry of entries) {
      expect(markdown).toContain(entry.date.toISOString().slice(0, 10));
      expect(markdown).toContain(entry.body.trim());
    }
  });

  it('links the feed and the named operations with absolute URLs', () => {
    expect(markdown).toContain('<https://docs.nairi.ai/docs/api/changelog.xml>');
    expect(markdown).toContain('(https://docs.nairi.ai/docs/api/conversations/list-for-agent/)');
    expect(markdown).not.toMatch(/\]\(\//);
  });
});
