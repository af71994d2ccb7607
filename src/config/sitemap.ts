/**
 * @module The sitemap, without the pages that only send readers on (moved reference pages): they
 * are `noindex`, and a crawler or a test sweeping the sitemap should land on real pages. Starlight
 * adds its own sitemap only when none is configured, so this one replaces it.
 */
import sitemap from '@astrojs/sitemap';
import { loadSpec } from '../lib/openapi/load.ts';
import { listOperations } from '../lib/openapi/operations.ts';
import { movedPaths } from '../lib/openapi/pages.ts';

export function docsSitemap(base: string) {
  const moved = new Set(Object.keys(movedPaths(listOperations(loadSpec()))));
  const prefix = base.replace(/\/$/, '');
  return sitemap({
    filter: (page) => {
      const path = new URL(page).pathname;
      return !moved.has(prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path);
    },
  });
}
