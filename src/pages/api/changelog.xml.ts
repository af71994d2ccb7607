/** The API changelog as an Atom feed (src/lib/changelog/feed.ts), every link absolute under the base path. */
import type { APIRoute } from 'astro';
import { changelogEntries } from '../../lib/changelog/collection.ts';
import { changelogAtom } from '../../lib/changelog/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The Atom feed needs absolute URLs: set `site` in astro.config.mjs (NAIRI_DOCS_SITE).');
  const xml = changelogAtom(await changelogEntries(), { site, base: import.meta.env.BASE_URL });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
