/**
 * @module The scale mode's measuring (`npm run bench -- --scale N`): builds the site three times in
 * throw-away copies under `.tmp/` (our spec unchanged, then synthetic specs of 100 and N operations
 * made by repeating ours, see synthetic-spec.ts) one after the other, so no two builds share the
 * machine. Each copy gets its spec as `openapi/synthetic.v1.yaml` with NAIRI_SPEC_PATH pointing at
 * it (relative: the build runs in the copy) and the guides its new tags need in `content/api-tags/`.
 * A copy is removed once measured, unless `keep`: the 1,000-operation `dist/` alone is hundreds of MB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { listOperations } from '../../src/lib/openapi/operations.ts';
import { removeBuildCopy } from '../build-copy.ts';
import { measurePage, type PageWeight } from '../page-weight.ts';
import { basePath, folderStats, measureCopyBuild, type BuildFigures } from './build-figures.ts';
import { formatBytes, formatMs } from './format.ts';
import { addedTags, specTagSlug, syntheticSpec } from './synthetic-spec.ts';
import { tagGuide } from './tag-guides.ts';

/** An operation page that every copy has: copy 1 of the spec is always ours unchanged. */
export const SCALE_PAGE = '/api/agents/deploy/';
const SPEC_FILE = 'openapi/synthetic.v1.yaml';

export interface ScaleRow {
  label: string;
  operations: number;
  build: BuildFigures;
  /** Why the copy could not be measured (a failed build, a missing page). */
  error?: string;
  /** Missing when the build failed. */
  site?: { distBytes: number; pages: number; htmlRawBytes: number; weight: PageWeight };
  /** Where the copy was left, with `keep`. */
  keptIn?: string;
}

/** The files and environment a copy needs to build from a spec of `operations` (ours when undefined). */
function copyInputs(operations?: number) {
  const spec = loadSpec();
  if (operations === undefined) {
    // An empty value means "unset" (load.ts), whatever the environment running the bench says.
    return { pages: {}, env: { NAIRI_SPEC_PATH: '' }, operations: listOperations(spec).length, label: 'ours' };
  }
  const synthetic = syntheticSpec(spec, operations);
  const pages: Record<string, string> = { [SPEC_FILE]: stringify(synthetic, { lineWidth: 0 }) };
  for (const tag of addedTags(spec, synthetic)) pages[`content/api-tags/${specTagSlug(tag)}.mdx`] = tagGuide(tag);
  return { pages, env: { NAIRI_SPEC_PATH: SPEC_FILE }, operations: listOperations(synthetic).length, label: 'synthetic' };
}

/** Builds and measures one copy. */
async function measureOne(operations: number | undefined, keep: boolean): Promise<ScaleRow> {
  const inputs = copyInputs(operations);
  const label = `${inputs.label}, ${inputs.operations} operations`;
  process.stderr.write(`Building ${label}…\n`);
  const { figures, result } = await measureCopyBuild(inputs.pages, inputs.env);
  const row: ScaleRow = { label, operations: inputs.operations, build: figures };
  try {
    if (!figures.ok) {
      process.stderr.write(`  the build failed; its last lines:\n${figures.tail}\n`);
      row.error = 'the build failed';
      return row;
    }
    const dist = join(result.dir, 'dist');
    const { bytes, htmlFiles } = folderStats(dist);
    const htmlRawBytes = readFileSync(join(dist, SCALE_PAGE, 'index.html')).length;
    row.site = { distBytes: bytes, pages: htmlFiles, htmlRawBytes, weight: measurePage(dist, SCALE_PAGE, basePath()) };
    process.stderr.write(`  ${formatMs(figures.wallMs)}, peak ${formatBytes(figures.peakRssBytes)}, dist ${formatBytes(bytes)}, ${htmlFiles} HTML files\n`);
    return row;
  } catch (error) {
    row.error = (error as Error).message;
    return row;
  } finally {
    if (keep) row.keptIn = result.dir;
    else removeBuildCopy(result);
  }
}

/** Ours, 100 and `n` operations (fewer rows when they coincide), built one after the other. */
export async function scaleRun(n: number, keep: boolean): Promise<ScaleRow[]> {
  const sizes = [undefined, ...new Set([100, n])];
  const rows: ScaleRow[] = [];
  for (const operations of sizes) rows.push(await measureOne(operations, keep));
  return rows;
}
