/**
 * Starlight route middleware:
 * - every page with a Markdown twin names it in its head (`<link rel="alternate" type="text/markdown">`);
 * - the sidebar shows the current tag's operations only, other tags as links (sidebar-focus.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { focusSidebar } from './config/sidebar-focus.ts';
import { loadSpec } from './lib/openapi/load.ts';
import { tagPath } from './lib/openapi/pages.ts';
import { twinHref } from './lib/twins/href.ts';
import { withBase } from './markdown/base-links.ts';

const base = import.meta.env.BASE_URL;
const overviews = new Set(loadSpec().tags.map((tag) => withBase(tagPath(tag.name), base)));

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = focusSidebar(route.sidebar, overviews);
  if (route.id === '404') return;
  route.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'text/markdown', href: twinHref(context.url.pathname, base) }, content: '' });
});
