/**
 * @module Every page that has a Markdown twin, with the twin's URL, the page's title and one-line
 * summary, and how to write it: content pages from their MDX, operation, tag and quickstart pages from
 * the spec and the flow files, like the HTML pages. The `.md` route and llms.txt both read this list.
 */
import { getCollection, getEntry } from 'astro:content';
import { siteSettings } from '../../config/site.ts';
import { changelogEntries } from '../changelog/collection.ts';
import { changelogMarkdown } from '../changelog/markdown.ts';
import { absoluteUrl, CHANGELOG_PATH } from '../changelog/model.ts';
import { format, t } from '../../strings/index.ts';
import { appendedDiagrams } from '../../config/page-diagrams.ts';
import { DIAGRAM_TEXT } from '../diagrams/index.ts';
import { loadSpec } from '../openapi/load.ts';
import { listOperations } from '../openapi/operations.ts';
import { EXPLORER_PATH, operationPath, SECTIONS_PATH, tagLabel, tagPath, tagSlug } from '../openapi/pages.ts';
import { apiSections, firstSentence } from '../openapi/sections.ts';
import { FLOW_NAMES, loadFlow } from '../samples/flows.ts';
import { flowMarkdown } from './flow-markdown.ts';
import { twinPath } from './href.ts';
import { header } from './markdown-blocks.ts';
import { mdxToMarkdown, type TwinContext } from './mdx-to-markdown.ts';
import { operationMarkdown } from './operation-markdown.ts';

export { twinPath };

export interface TwinPage {
  /** The HTML page's path, e.g. `/help/vaults/`. */
  path: string;
  title: string;
  summary?: string;
  render(): Promise<string>;
}

const { site, base } = siteSettings(process.env);
/** A site path as an absolute URL, under the base path. */
export const absolute = (path: string) => absoluteUrl(path, site, base);
const components = DIAGRAM_TEXT as TwinContext['components'];
const context = (path: string): TwinContext => ({ pageUrl: absolute(path), absolute, components });
/** Diagrams the page shows after its own content (seeded pages whose body stays as written). */
const appended = (id: string) => appendedDiagrams(id).map((name) => `\n${DIAGRAM_TEXT[name]!({})}\n`).join('');

/** Renders once, however many outputs (the `.md` route, llms-full.txt) ask for the text. */
const once = (render: () => Promise<string>) => {
  let text: Promise<string> | undefined;
  return () => (text ??= render());
};

let cached: Promise<TwinPage[]> | undefined;

/** The list, built once per build and shared by the `.md` route, llms.txt and llms-full.txt. */
export function twinPages(): Promise<TwinPage[]> {
  cached ??= buildTwinPages().then((pages) => pages.map((page) => ({ ...page, render: once(page.render) })));
  return cached;
}

async function buildTwinPages(): Promise<TwinPage[]> {
  const spec = loadSpec();
  const docs = (await getCollection('docs')).filter((e) => e.id !== '404');
  const pages: TwinPage[] = docs.map((entry) => {
    const path = entry.id === 'index' ? '/' : `/${entry.id}/`;
    return { path, title: entry.data.title, summary: entry.data.description, render: async () => `${header(entry.data.title, entry.data.description)}\n${mdxToMarkdown(entry.body ?? '', context(path))}${appended(entry.id)}` };
  });
  for (const tag of spec.tags) {
    const path = tagPath(tag.name);
    const operations = listOperations(spec).filter((op) => op.tag === tag.name);
    pages.push({
      path, title: tagLabel(tag.name), summary: firstSentence(tag.description),
      render: async () => {
        const guide = await getEntry('apiTags', tagSlug(tag.name));
        const list = operations.map((op) => `- [${op.object.summary}](${absolute(operationPath(op))}): \`${op.method.toUpperCase()} ${op.path}\``).join('\n');
        return `${header(tagLabel(tag.name), tag.description)}\n${mdxToMarkdown(guide?.body ?? '', context(path))}\n## Operations\n\n${list}\n`;
      },
    });
  }
  for (const op of listOperations(spec)) {
    pages.push({ path: operationPath(op), title: op.object.summary, summary: firstSentence(op.object.description), render: async () => operationMarkdown(spec, op, absolute) });
  }
  for (const flow of FLOW_NAMES) {
    const meta = loadFlow(flow);
    pages.push({ path: `/api/quickstart/${flow}/`, title: meta.title, summary: firstSentence(meta.description), render: async () => flowMarkdown(flow) });
  }
  pages.push({
    path: CHANGELOG_PATH, title: t('changelog.title'), summary: t('changelog.description'),
    render: async () => changelogMarkdown(await changelogEntries(), { site, base }),
  });
  pages.push({
    path: SECTIONS_PATH, title: t('sections.title'), summary: t('sections.description'),
    render: async () => {
      const list = apiSections(spec).map((s) => `- [${s.label}](${absolute(s.path)}) (${format(t('sections.count'), { count: s.operations })})${s.summary ? `: ${s.summary}` : ''}`);
      return `${header(t('sections.title'), t('sections.description'))}\n${list.join('\n')}\n`;
    },
  });
  pages.push({
    path: EXPLORER_PATH, title: 'API explorer', summary: 'The whole API in one interactive page.',
    render: async () => `${header('API explorer', 'The whole API in one interactive page.')}\nThe explorer renders the OpenAPI spec in the browser. The spec itself: [openapi.yaml](${absolute('/openapi.yaml')}), [openapi.json](${absolute('/openapi.json')}). Every operation also has its own page; [llms.txt](${absolute('/llms.txt')}) lists them all.\n`,
  });
  return pages;
}
