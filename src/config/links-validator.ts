/**
 * @module starlight-links-validator, pointed at our content folder, and told about the pages the
 * spec generates.
 *
 * The validator derives each page's URL from its path below `<srcDir>/content/docs`. Our pages live
 * in `<root>/content/docs` (the product card's layout), so the validator is handed a config whose
 * `srcDir` is the project root. It cannot see pages built from the spec (operations, tag overviews,
 * quickstarts, the explorer) or from the changelog collection, so a link to exactly one of those is
 * accepted here; any other link, or an anchor into a generated page, is still checked and fails the
 * build when broken.
 */
import starlightLinksValidator from 'starlight-links-validator';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { loadSpec } from '../lib/openapi/load.ts';
import { listOperations } from '../lib/openapi/operations.ts';
import { EXPLORER_PATH, operationPath, tagPath } from '../lib/openapi/pages.ts';
import { FLOW_NAMES } from '../lib/samples/flows.ts';
import { CHANGELOG_PATH } from '../lib/changelog/model.ts';

type Options = Parameters<typeof starlightLinksValidator>[0];

/** Every page generated from the spec or the flow files, as a site path with a trailing slash. */
export function generatedPages(): Set<string> {
  const spec = loadSpec();
  return new Set([
    ...listOperations(spec).map(operationPath),
    ...spec.tags.map((tag) => tagPath(tag.name)),
    ...FLOW_NAMES.map((flow) => `/api/quickstart/${flow}/`),
    EXPLORER_PATH,
    CHANGELOG_PATH,
  ]);
}

/** True for a link (as authored, or with `base` in front) to a generated page, without an anchor. */
export function isGeneratedPageLink(link: string, base: string, pages = generatedPages()): boolean {
  if (link.includes('#') || link.includes('?')) return false;
  const prefix = base.replace(/\/$/, '');
  const path = prefix && link.startsWith(`${prefix}/`) ? link.slice(prefix.length) : link;
  return pages.has(path.endsWith('/') ? path : `${path}/`);
}

/** The validator plugin, reading content from `content/docs` at the project root. */
export function linksValidator(options: Options, base = '/'): StarlightPlugin {
  const pages = generatedPages();
  const plugin = starlightLinksValidator({ ...options, exclude: ({ link }) => isGeneratedPageLink(link, base, pages) });
  const setup = plugin.hooks['config:setup'];
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup': (context) =>
        setup?.({ ...context, astroConfig: { ...context.astroConfig, srcDir: context.astroConfig.root } }),
    },
  };
}
