// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import autoImport from 'astro-auto-import';
import { satteri } from '@astrojs/markdown-satteri';
import { linksValidator } from './src/config/links-validator.ts';
import { siteSettings } from './src/config/site.ts';
import { tryItServers } from './src/config/tryit.ts';
import { cspConfig } from './src/config/csp.ts';
import { sidebar } from './src/config/sidebar.ts';
import { autoImports } from './src/markdown/components.ts';
import { headingIdsPlugin } from './src/markdown/heading-ids.ts';
import { baseLinksPlugin } from './src/markdown/base-links.ts';
import { quietBuildLog } from './src/config/quiet-warnings.ts';
import { deployHeadersIntegration } from './src/config/deploy-headers.ts';
import { modulePreloadIntegration } from './src/config/module-preload.ts';
import { knownComponentsPlugin } from './src/markdown/known-components.ts';
import { docsSitemap } from './src/config/sitemap.ts';

const { base, site } = siteSettings(process.env);
const tryIt = tryItServers(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  security: { csp: cspConfig(tryIt.servers) },
  markdown: {
    // Code blocks are highlighted by Starlight's Expressive Code (Shiki, at build time). Astro's own
    // Shiki pass would only add inline-styled output nothing here uses, and warns under CSP.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [knownComponentsPlugin(), headingIdsPlugin(), baseLinksPlugin(base)],
    }),
  },
  vite: {
    build: {
      // The explorer page bundles Scalar (about 1.1 MB gzipped); it is loaded on that page only.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { onLog: quietBuildLog },
    },
  },
  integrations: [
    starlight({
      title: 'Nairi Docs',
      description: 'Guides and API reference for the Nairi public API.',
      // No page sends a Referer header: a URL never leaks to another origin.
      head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
      markdown: { processedDirs: ['./content/docs', './content/api-tags'] },
      sidebar,
      components: {
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        // Appends diagrams below seeded pages whose body must not change (src/config/page-diagrams.ts).
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Marks operation pages' columns, for their wide two-column layout.
        TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
      },
      routeMiddleware: './src/route-data.ts',
      plugins: [linksValidator({ errorOnLocalLinks: true }, base)],
      lastUpdated: false,
      // Expressive Code's options (wrapping, lighter token markup) are in ec.config.mjs.
    }),
    // Must come after starlight(): Starlight adds MDX during its own setup.
    autoImport({ imports: autoImports() }),
    docsSitemap(base),
    // _headers, nginx and Caddy snippets from the pages' own policy (frame-ancestors needs a header).
    deployHeadersIntegration(),
    // Every module a page loads up front is requested from its head (src/config/module-preload.ts).
    modulePreloadIntegration(),
  ],
});
