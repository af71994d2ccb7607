/** @module Where a page's Markdown twin lives: the page's URL plus `.md`. */
import { normaliseBase } from '../../markdown/base-links.ts';

/** `/help/vaults/` → `/help/vaults.md`; the home page's twin is `/index.md`. */
export const twinPath = (path: string) => (path === '/' ? '/index.md' : `${path.replace(/\/$/, '')}.md`);

/** The twin of the page at `pathname` (which includes the base path), under the same base. */
export function twinHref(pathname: string, base: string): string {
  const prefix = normaliseBase(base);
  const inSite = pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
  return `${prefix}${twinPath(inSite.replace(/\/index\.html$/, '/').replace(/([^/])$/, '$1/'))}`;
}
