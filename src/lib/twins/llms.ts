/**
 * @module `/llms.txt` (an index of every Markdown twin, grouped like the sidebar) and
 * `/llms-full.txt` (every twin in that order, with its size on top), following the llms.txt
 * convention: an H1, a one-line summary, then H2 sections of links.
 */
import { sidebar } from '../../config/sidebar.ts';
import { absolute, twinPath, type TwinPage } from './pages.ts';

type Entry = (typeof sidebar)[number];

export const SITE_TITLE = 'Nairi Docs';
export const SITE_SUMMARY = 'Help center and public REST API reference for Nairi, the platform that runs AI agents for teams in Slack, Discord, a web app and through the API.';

/** The sidebar's pages in order, each with the labels of the groups it sits in. */
function walk(entries: Entry[], trail: string[], out: { path: string; trail: string[] }[]) {
  for (const entry of entries) {
    if (typeof entry === 'string') out.push({ path: entry === 'index' ? '/' : `/${entry}/`, trail });
    else if ('link' in entry) out.push({ path: entry.link, trail });
    else walk(entry.items as Entry[], [...trail, entry.label], out);
  }
  return out;
}

/** Pages grouped under "Help", "API › Agents" …; pages outside the sidebar come last. */
export function groupedPages(pages: TwinPage[]): [string, TwinPage[]][] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const groups = new Map<string, TwinPage[]>();
  const placed = new Set<string>();
  for (const { path, trail } of walk(sidebar, [], [])) {
    const page = byPath.get(path);
    if (!page || placed.has(path)) continue;
    placed.add(path);
    const name = trail.join(' › ');
    groups.set(name, [...(groups.get(name) ?? []), page]);
  }
  const rest = pages.filter((p) => !placed.has(p.path));
  if (rest.length) groups.set('Other', rest);
  return [...groups];
}

export function llmsIndex(pages: TwinPage[]): string {
  const sections = groupedPages(pages).map(([name, list]) =>
    `## ${name}\n\n${list.map((p) => `- [${p.title}](${absolute(twinPath(p.path))})${p.summary ? `: ${p.summary}` : ''}`).join('\n')}`);
  return `# ${SITE_TITLE}\n\n> ${SITE_SUMMARY}\n\nEvery page of this site as Markdown. The whole set in one file: ${absolute('/llms-full.txt')}\n\n${sections.join('\n\n')}\n`;
}

export async function llmsFull(pages: TwinPage[]): Promise<string> {
  const ordered = groupedPages(pages).flatMap(([, list]) => list);
  const bodies = await Promise.all(ordered.map(async (p) => `<!-- ${absolute(twinPath(p.path))} -->\n\n${(await p.render()).trim()}\n`));
  const body = bodies.join('\n---\n\n');
  const bytes = Buffer.byteLength(body);
  return `# ${SITE_TITLE}: every page (${ordered.length} pages, ${bytes} bytes)\n\n${body}`;
}
