import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { changelogEntriesFromFiles } from '../../../tests/changelog-entries.ts';
import { changelogAtom } from './feed.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
// RFC 3339 date-time (Atom 1.0, section 3.3): full date, "T", time, and an offset or Z.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const entries = changelogEntriesFromFiles();
const xml = changelogAtom(entries, { site: 'https://docs.nairi.ai', base: '/docs' });
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author'].includes(name) });
type Link = { '@href': string; '@rel'?: string };
const feed = parser.parse(xml).feed;
const text = (node: unknown) => (typeof node === 'object' && node ? (node as { '#text': string })['#text'] : node) as string;

describe('the changelog Atom feed', () => {
  it('is well-formed XML with the Atom namespace', () => {
    // Throws, naming line and column, on anything that is not well-formed.
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe(ATOM);
  });

  it('has the feed elements Atom requires: id, title, updated, author, alternate and self links', () => {
    expect(feed.id).toBe('https://docs.nairi.ai/docs/api/changelog/');
    expect(text(feed.title)).toBeTruthy();
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author[0].name).toBeTruthy();
    const links = feed.link as Link[];
    expect(links.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe('https://docs.nairi.ai/docs/api/changelog/');
    expect(links.find((l) => l['@rel'] === 'self')?.['@href']).toBe('https://docs.nairi.ai/docs/api/changelog.xml');
  });

  it('is as recent as its newest entry, not the build time', () => {
    expect(feed.updated).toBe(entries[0]!.date.toISOString());
  });

  it('has one entry per changelog entry, newest first, each with id, title, updated, link and content', () => {
    expect(feed.entry).toHaveLength(entries.length);
    const ids = feed.entry.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    feed.entry.forEach((e: Record<string, any>, i: number) => {
      const source = entries[i]!;
      expect(e.id).toBe(`https://docs.nairi.ai/docs/api/changelog/#${source.anchor}`);
      expect(text(e.title)).toBe(source.title);
      expect(text(e.summary)).toBe(source.summary);
      expect(e.updated).toMatch(RFC3339);
      expect(e.updated).toBe(source.date.toISOString());
      expect((e.link as Link[])[0]!['@href']).toBe(e.id);
      expect(e.content['@type']).toBe('html');
    });
  });

  it('links the operations an entry names with absolute URLs under the base path', () => {
    const content = text(feed.entry.find((e: { id: string }) => e.id.endsWith('-attachments')).content);
    expect(content).toContain('href="https://docs.nairi.ai/docs/api/attachments/upload/"');
    expect(content).not.toMatch(/href="\//);
  });
});
