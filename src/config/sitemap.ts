/**
 * @module The sitemap, without the pages that only send readers on (moved reference pages): they
 * are `noindex`, and a crawler or a test sweeping the sitemap should land on real pages. The
 * operations' complete programs are fragments (page partials), not pages, so they are left out too. Starlight
 * adds its own sitemap only when none is configured, so this one replaces it.
 */
import sitemap from '@astrojs/sitemap';
import { loadSpec } from '../lib/openapi/load.ts';
import { listOperations } from '../lib/openapi/operations.ts';
import { movedPaths, PROGRAMS_PREFIX } from '../lib/openapi/pages.ts';

export function docsSitemap(base: string) {
  const moved = new Set(Object.keys(movedPaths(listOperations(loadSpec()))));
  const prefix = base.replace(/\/$/, '');
  return sitemap({
    filter: (page) => {
      const pathname = new URL(page).pathname;
      const path = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
      return !moved.has(path) && !path.startsWith(PROGRAMS_PREFIX);
    },
  });
}
