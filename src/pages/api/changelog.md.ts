/** The API changelog's Markdown twin (src/lib/changelog/markdown.ts), every link absolute under the base path. */
import type { APIRoute } from 'astro';
import { changelogEntries } from '../../lib/changelog/collection.ts';
import { changelogMarkdown } from '../../lib/changelog/markdown.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The Markdown twin needs absolute URLs: set `site` in astro.config.mjs (NAIRI_DOCS_SITE).');
  const markdown = changelogMarkdown(await changelogEntries(), { site, base: import.meta.env.BASE_URL });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
