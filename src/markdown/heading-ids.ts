/**
 * @module Fumadocs-style custom heading ids: `## Title [#custom-id]`.
 *
 * The `[#id]` suffix is removed from the visible text and becomes the heading's `id`. Astro keeps
 * an existing `hProperties.id`, so the TOC, Starlight's anchor links and Pagefind use it.
 *
 * Astro's own slugger does not know about custom ids, so `## Setup [#install]` followed by
 * `## Install` would give two headings the id `install`. This plugin therefore assigns every
 * heading's id itself, with one github-slugger per page that has the custom ids reserved first.
 */
import GithubSlugger from 'github-slugger';
import type { MdastPluginDefinition } from 'satteri';
import type { Heading, Nodes } from 'mdast';

/** Matches a trailing `[#id]`; ids are what github-slugger produces plus `_` and `.`. */
const SUFFIX = /\s*\[#([A-Za-z0-9][\w.-]*)\]\s*$/;

/** Splits `"Title [#id]"` into its visible text and the id; `id` is undefined when absent. */
export function splitHeadingId(text: string): { text: string; id?: string } {
  const match = SUFFIX.exec(text);
  if (!match) return { text };
  return { text: text.slice(0, match.index), id: match[1] };
}

/** The custom id written on a heading, if any. */
function customId(heading: Readonly<Heading>): string | undefined {
  const last = heading.children.at(-1);
  return last?.type === 'text' ? splitHeadingId(last.value).id : undefined;
}

/** Every heading in document order, including those nested in JSX such as `<Tab>`. */
function collectHeadings(node: Readonly<Nodes>, out: Readonly<Heading>[] = []): Readonly<Heading>[] {
  if (node.type === 'heading') out.push(node);
  if ('children' in node) for (const child of node.children) collectHeadings(child as Nodes, out);
  return out;
}

/** Sätteri mdast plugin that sets a unique id on every heading, honouring `[#id]` suffixes. */
export function headingIdsPlugin(): MdastPluginDefinition {
  let slugger = new GithubSlugger();
  return {
    name: 'nairi-heading-ids',
    before(root) {
      slugger = new GithubSlugger();
      const seen = new Set<string>();
      for (const heading of collectHeadings(root as Nodes)) {
        const id = customId(heading);
        if (!id) continue;
        if (seen.has(id)) throw new Error(`Two headings use the custom id [#${id}]; ids must be unique on a page.`);
        seen.add(id);
        slugger.slug(id, true);
      }
    },
    heading(node, ctx) {
      const child = node.children.at(-1);
      const last = child?.type === 'text' ? child : undefined;
      const split = last ? splitHeadingId(last.value) : { text: '' };
      let id = split.id;
      if (id && last) {
        if (split.text === '') ctx.removeNode(last);
        else ctx.setProperty(last, 'value', split.text);
      } else {
        id = slugger.slug(ctx.textContent(node));
      }
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, id } });
    },
  };
}
