/**
 * @module Root-relative links in content (`/help/vaults`) resolve under the site's base path.
 *
 * Pages are written as if the site lived at `/`, like the product's own MDX. When the site is
 * built with a base such as `/docs`, every root-relative URL gets that prefix, in Markdown links
 * and in the `href` of JSX elements such as `<Card>`.
 */
import type { MdastPluginDefinition } from 'satteri';

/** Normalises a base to `''` (site at root) or `/segment` without a trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Prefixes a root-relative URL with the base. Anything else (absolute, protocol-relative,
 * `#anchor`, `mailto:`, relative) is returned unchanged. Content never includes the base
 * itself, so a link is always prefixed exactly once.
 */
export function withBase(url: string, base: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '' || !url.startsWith('/') || url.startsWith('//')) return url;
  return url === '/' ? `${prefix}/` : `${prefix}${url}`;
}

/** Sätteri mdast plugin applying {@link withBase} to links, definitions and JSX `href`s. */
export function baseLinksPlugin(base: string): MdastPluginDefinition {
  // Attributes cannot be set in place; returning a copy replaces the element.
  const rewriteJsx = <N extends { attributes: readonly unknown[] }>(node: N): N | undefined => {
    let changed = false;
    const attributes = node.attributes.map((attr: any) => {
      if (attr?.type !== 'mdxJsxAttribute' || attr.name !== 'href' || typeof attr.value !== 'string') return attr;
      const value = withBase(attr.value, base);
      if (value === attr.value) return attr;
      changed = true;
      return { ...attr, value };
    });
    return changed ? { ...node, attributes } : undefined;
  };
  return {
    name: 'nairi-base-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    mdxJsxFlowElement: rewriteJsx,
    mdxJsxTextElement: rewriteJsx,
  };
}
