/**
 * @module An MDX page as plain CommonMark (GFM tables), for its Markdown twin. Components become
 * their Markdown meaning: a Callout a blockquote naming its type, Tabs headed sections, a TypeTable a
 * table, Cards a list of links; `[#id]` markers go and every link becomes absolute.
 */
import { parseExpressionAt } from 'acorn';
import type { BlockContent, Heading, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMdast } from 'satteri';
import { splitHeadingId } from '../../markdown/heading-ids.ts';
import { literalValue } from './literal.ts';

type Jsx = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; children: RootContent[] };

export interface TwinContext {
  /** Absolute URL of the page itself (anchors resolve against it). */
  pageUrl: string;
  /** Turns a root-relative site path into an absolute URL (origin and base path). */
  absolute(path: string): string;
  /** Markdown for components that have a text form of their own (diagrams), by name. */
  components?: Record<string, (props: Record<string, unknown>) => string>;
}

const CALLOUT_LABELS: Record<string, string> = { info: 'Note', warn: 'Warning', error: 'Danger' };

function attr(node: Jsx, name: string): unknown {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = found?.value;
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'mdxJsxAttributeValueExpression') {
    return literalValue(parseExpressionAt((value as { value: string }).value, 0, { ecmaVersion: 'latest' }));
  }
  return value;
}

const text = (value: string) => ({ type: 'text' as const, value });
const paragraph = (...children: RootContent[]) => ({ type: 'paragraph' as const, children }) as BlockContent;

function typeTable(node: Jsx): Table {
  const fields = (attr(node, 'type') ?? {}) as Record<string, { type?: string; required?: boolean; default?: unknown; description?: string }>;
  const cell = (value: string) => ({ type: 'tableCell' as const, children: value ? [{ type: 'inlineCode' as const, value }] : [] });
  const plain = (value: string) => ({ type: 'tableCell' as const, children: value ? [text(value)] : [] });
  const rows = Object.entries(fields).map(([name, f]) => ({
    type: 'tableRow' as const,
    children: [cell(name), plain(f.type ?? ''), plain(f.required ? 'yes' : 'no'), f.default === undefined ? plain('') : cell(String(f.default)), plain(f.description ?? '')],
  }));
  const head = { type: 'tableRow' as const, children: ['Field', 'Type', 'Required', 'Default', 'Description'].map(plain) };
  return { type: 'table', align: [], children: [head, ...rows] };
}

/** The Markdown nodes a component stands for; `depth` is the depth of the section it sits in. */
function replaceJsx(node: Jsx, depth: number, ctx: TwinContext): RootContent[] {
  const children = node.children;
  const own = node.name ? ctx.components?.[node.name] : undefined;
  if (own) return [{ type: 'html', value: own(Object.fromEntries(node.attributes.filter((a) => a.name).map((a) => [a.name!, attr(node, a.name!)]))) }];
  switch (node.name) {
    case 'Callout': {
      const label = CALLOUT_LABELS[String(attr(node, 'type') ?? 'info')] ?? 'Note';
      const title = attr(node, 'title');
      return [{ type: 'blockquote', children: [paragraph({ type: 'strong', children: [text(`${label}${title ? `: ${String(title)}` : ''}`)] }), ...(children as BlockContent[])] }];
    }
    case 'Tabs':
      return children.flatMap((child) => ((child as Nodes).type.startsWith('mdxJsx') ? replaceTab(child as unknown as Jsx, depth) : [child]));
    case 'Tab':
      return replaceTab(node, depth);
    case 'Cards': {
      // One list for the whole set (separate lists side by side would need alternating bullets).
      const cards = children.filter((c) => (c as Jsx).name === 'Card').map((c) => cardItem(c as unknown as Jsx));
      return [{ type: 'list', ordered: false, spread: false, children: cards }];
    }
    case 'Card':
      return [{ type: 'list', ordered: false, children: [cardItem(node)] }];
    case 'TypeTable':
      return [typeTable(node)];
    default:
      // Steps, Cards and anything without a meaning of its own: its content, unwrapped.
      return children;
  }
}

function cardItem(node: Jsx): ListItem {
  const title = String(attr(node, 'title') ?? '');
  const href = attr(node, 'href');
  const heading = href ? { type: 'link' as const, url: String(href), children: [text(title)] } : text(title);
  const description = attr(node, 'description');
  const inner = node.children.flatMap((c) => ((c as Nodes).type === 'paragraph' ? (c as { children: RootContent[] }).children : []));
  const body = description ? [text(`: ${String(description)}`)] : inner.length ? [text(': '), ...inner] : [];
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [heading] }, ...body] } as BlockContent] };
}

function replaceTab(node: Jsx, depth: number): RootContent[] {
  const label = String(attr(node, 'title') ?? attr(node, 'value') ?? attr(node, 'label') ?? '');
  const heading: Heading = { type: 'heading', depth: Math.min(6, depth + 1) as Heading['depth'], children: [text(label)] };
  return [heading, ...node.children];
}

/** Rewrites the tree in place: components, heading ids, links. */
function transform(parent: { children: RootContent[] }, ctx: TwinContext, depth: { value: number }) {
  const out: RootContent[] = [];
  for (const child of parent.children) {
    const node = child as Nodes;
    if (node.type === 'yaml' || (node.type as string) === 'mdxjsEsm') continue;
    if (node.type === 'heading') {
      depth.value = node.depth;
      const last = node.children.at(-1);
      if (last?.type === 'text') last.value = splitHeadingId(last.value).text;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      node.url = node.url.startsWith('/') && !node.url.startsWith('//') ? ctx.absolute(node.url) : node.url.startsWith('#') ? `${ctx.pageUrl}${node.url}` : node.url;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const replaced = { children: replaceJsx(node as unknown as Jsx, depth.value, ctx) };
      transform(replaced, ctx, depth);
      out.push(...replaced.children);
      continue;
    }
    if ('children' in node) transform(node as { children: RootContent[] }, ctx, depth);
    out.push(child);
  }
  parent.children = out;
}

export function mdxToMarkdown(source: string, ctx: TwinContext): string {
  const tree = mdxToMdast(source) as unknown as Root;
  transform(tree, ctx, { value: 1 });
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-', fences: true });
}
