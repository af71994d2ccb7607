/**
 * @module Content collections: every page under content/docs, the hand-written overview of each API
 * tag (content/api-tags/<tag slug>.mdx, shown on the generated tag page), the API changelog
 * (content/changelog/<date>-<slug>.mdx) and Starlight's UI strings.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { starlightStrings } from './strings/index.ts';
import { changelogSchema } from './lib/changelog/schema.ts';

export const collections = {
  docs: defineCollection({
    // Files starting with `_` are partials, not pages.
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  apiTags: defineCollection({
    loader: glob({ base: './content/api-tags', pattern: '*.mdx' }),
    schema: z.object({ title: z.string() }).strict(),
  }),
  // One entry per announced API change; its `operations` must be operationIds of the spec.
  changelog: defineCollection({
    loader: glob({ base: './content/changelog', pattern: '*.mdx' }),
    schema: changelogSchema,
  }),
  // Starlight's UI strings we reword come from the one string table (keys `starlight.*`), so no
  // text lives in a second file. Without this collection every build warns that `i18n` is empty.
  i18n: defineCollection({
    loader: {
      name: 'nairi-ui-strings',
      load: async ({ store, parseData }) => {
        store.clear();
        store.set({ id: 'en', data: await parseData({ id: 'en', data: starlightStrings() }) });
      },
    },
    schema: i18nSchema(),
  }),
};
