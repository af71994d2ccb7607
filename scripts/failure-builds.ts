/**
 * @module The broken-content builds the build-failure test inspects (tests/build-failures.test.ts).
 * `npm test` starts them beside its first phases, after the production build, and names their
 * folders in NAIRI_FAILURE_BUILDS; run alone, the test builds them itself. They leave out the pages
 * generated from the spec (`src/pages`, half a build's time): they test the content pipeline (MDX,
 * our Markdown plugins, the link validator).
 */
import { buildCopy, readBuildCopy, type BuildResult } from './build-copy.ts';

const page = (body: string) => `---\ntitle: Fixture\n---\n\nIntro.\n\n${body}\n`;

/** Name → files added to the copy. */
export const FAILURE_FIXTURES = {
  'unknown-component': { 'content/docs/help/bad.mdx': page('<Bogus title="x" />') },
  'malformed-mdx': { 'content/docs/help/bad.mdx': page('<Callout type="warn">\n\nNever closed.') },
  'broken-links': { 'content/docs/help/bad.mdx': page('[gone](/help/not-a-page) and [no such heading](/help/using-the-api#nope)') },
} as const;
export type FailureFixture = keyof typeof FAILURE_FIXTURES;

export const buildFailureFixture = (name: FailureFixture) => buildCopy(FAILURE_FIXTURES[name], {}, ['src/pages']);

/** Builds every fixture in turn (one at a time: they share the cores with the other phases). */
export async function buildAllFailureFixtures(): Promise<Record<string, string>> {
  const dirs: Record<string, string> = {};
  for (const name of Object.keys(FAILURE_FIXTURES) as FailureFixture[]) dirs[name] = (await buildFailureFixture(name)).dir;
  return dirs;
}

/** The fixture's build: made earlier by `npm test` when it names it in `made`, else built now. */
export async function failureBuild(name: FailureFixture, made = process.env.NAIRI_FAILURE_BUILDS): Promise<BuildResult> {
  const dir = made ? (JSON.parse(made) as Record<string, string>)[name] : undefined;
  return dir ? readBuildCopy(dir) : buildFailureFixture(name);
}
