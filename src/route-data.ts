/**
 * Starlight route middleware: every page with a Markdown twin names it in its head
 * (`<link rel="alternate" type="text/markdown">`), so tools that read the HTML can find it.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { twinHref } from './lib/twins/href.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.id === '404') return;
  route.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'text/markdown', href: twinHref(context.url.pathname, import.meta.env.BASE_URL) }, content: '' });
});
