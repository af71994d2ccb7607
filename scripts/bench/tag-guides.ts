/**
 * @module Placeholder guides for the tags of a synthetic spec. The tag overview page fails the build
 * when content/api-tags/<slug>.mdx is missing, so every generated tag needs one. They carry the same
 * three sections as a real guide, so the overview pages cost about what real ones do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiDocument } from '../../src/lib/openapi/types.ts';

type Tag = OpenApiDocument['tags'][number];

/** The MDX of one placeholder guide; its frontmatter is only `title`, as the collection requires. */
export function tagGuide(tag: Tag): string {
  const label = tag['x-displayName'] ?? tag.name;
  return [
    '---',
    `title: ${JSON.stringify(label)}`,
    '---',
    '',
    '## How it works [#how-it-works]',
    '',
    // Escaped because MDX would read `{` and `<` in a description as code.
    `${(tag.description ?? label).replace(/[{}<>]/g, '\\$&')} (A copy made for the build benchmark.)`,
    '',
    '## When to use it [#when-to-use-it]',
    '',
    'Never: this tag exists only in the synthetic spec.',
    '',
    '## Tips [#tips]',
    '',
    '- Nothing to add.',
    '',
  ].join('\n');
}

/** Writes `<dir>/<slug>.mdx` for each tag and returns the files written. */
export function writeTagGuides(dir: string, tags: Tag[], slugOf: (tag: Tag) => string): string[] {
  mkdirSync(dir, { recursive: true });
  return tags.map((tag) => {
    const file = join(dir, `${slugOf(tag)}.mdx`);
    writeFileSync(file, tagGuide(tag));
    return file;
  });
}
