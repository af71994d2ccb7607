/**
 * @module Frontmatter of a changelog entry (content/changelog/<date>-<slug>.mdx). The body stays plain
 * Markdown: the page renders it, and the Atom feed and the Markdown twin reuse it as written.
 */
import { z } from 'astro/zod';
import { unknownOperationIds, unknownOperationMessage } from './operation-ids.ts';

export const changelogSchema = z
  .object({
    title: z.string().min(1),
    // YAML reads `2026-06-10` as a date already; a quoted string is accepted too.
    date: z.coerce.date(),
    summary: z.string().min(1).refine((s) => !s.includes('\n'), 'summary must be one line'),
    // operationIds from the spec; each named operation's page links back to the entry.
    operations: z.array(z.string()).superRefine((ids, ctx) => {
      for (const id of unknownOperationIds(ids)) ctx.addIssue({ code: 'custom', message: unknownOperationMessage(id) });
    }),
  })
  .strict();

export type ChangelogData = z.infer<typeof changelogSchema>;
