/**
 * @module A bigger spec made by repeating ours, to measure how the build scales with the number of
 * operations (issue 15). Copy 1 is the spec unchanged, so the flows, the changelog and the content
 * that name its operationIds and pages still build; copies 2, 3, … rename every tag (`Agents 3`,
 * slug `agents-3`), suffix every operationId (`createAgent_3`) and prefix every path (`/c3/agents`),
 * and stop at exactly the number of operations asked for. Components are shared, not copied, since
 * the build's cost is per operation and per tag, not per schema.
 *
 * CLI: `node scripts/bench/synthetic-spec.ts --operations 1000 --out /tmp/x/nairi.v1.yaml
 * [--guides /tmp/x/api-tags]` writes the spec and, with `--guides`, the tag guide each new tag needs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { slug } from 'github-slugger';
import { stringify } from 'yaml';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { HTTP_METHODS, type OpenApiDocument, type OperationObject } from '../../src/lib/openapi/types.ts';
import { writeTagGuides } from './tag-guides.ts';

type Tag = OpenApiDocument['tags'][number];

/** URL segment of a tag, as pages.ts computes it (which reads the real spec, so it can't be reused here). */
export const specTagSlug = (tag: Tag) => tag['x-slug'] ?? slug(tag.name);

/** Tag `Agents` of copy 3 → `Agents 3`, with its slug and display name suffixed the same way. */
function copyTag(tag: Tag, copy: number): Tag {
  const display = tag['x-displayName'];
  return {
    ...tag,
    name: `${tag.name} ${copy}`,
    'x-slug': `${specTagSlug(tag)}-${copy}`,
    ...(display ? { 'x-displayName': `${display} ${copy}` } : {}),
  };
}

/** One copy of the operations, cut short after `limit`; its tags are only those it uses. */
function copyOperations(spec: OpenApiDocument, copy: number, limit: number) {
  const paths: OpenApiDocument['paths'] = {};
  const usedTags = new Set<string>();
  let count = 0;
  for (const [path, item] of Object.entries(spec.paths)) {
    if (count === limit) break;
    // Path-level keys (shared parameters, summary) go with every copied path item.
    const copied: Record<string, unknown> = Object.fromEntries(
      Object.entries(item).filter(([key]) => !(HTTP_METHODS as readonly string[]).includes(key)).map(([k, v]) => [k, structuredClone(v)]),
    );
    for (const method of HTTP_METHODS) {
      const object = item[method] as OperationObject | undefined;
      if (!object || count === limit) continue;
      // Cloned so the output has no shared objects: `yaml` would write those as anchors and aliases.
      const op = structuredClone(object);
      op.operationId = `${object.operationId}_${copy}`;
      op.tags = object.tags.map((t) => `${t} ${copy}`);
      for (const t of object.tags) usedTags.add(t);
      copied[method] = op;
      count++;
    }
    // The literal prefix keeps method+path unique and can't make paths ambiguous, since no path
    // of ours starts with a template segment.
    paths[`/c${copy}${path}`] = copied;
  }
  const tags = spec.tags.filter((t) => usedTags.has(t.name)).map((t) => copyTag(t, copy));
  return { paths, tags, count };
}

/** Counts operations the way listOperations does, without resolving anything. */
const countOperations = (spec: OpenApiDocument) =>
  Object.values(spec.paths).reduce((n, item) => n + HTTP_METHODS.filter((m) => item[m]).length, 0);

/**
 * Our spec repeated until it holds exactly `targetOperations` operations. Deterministic: the same
 * input always gives the same document, in the spec's own order. The input is not modified.
 */
export function syntheticSpec(spec: OpenApiDocument, targetOperations: number): OpenApiDocument {
  const perCopy = countOperations(spec);
  // Fewer would drop operations that the flows, changelog and guides name, and the build would fail.
  if (!Number.isInteger(targetOperations) || targetOperations < perCopy) {
    throw new Error(`targetOperations must be an integer of at least ${perCopy}, the spec's own count; got ${targetOperations}.`);
  }
  const out = structuredClone(spec);
  for (let copy = 2, remaining = targetOperations - perCopy; remaining > 0; copy++) {
    const { paths, tags, count } = copyOperations(spec, copy, remaining);
    Object.assign(out.paths, paths);
    out.tags.push(...tags);
    remaining -= count;
  }
  return out;
}

/** The tags `synthetic` has and `original` lacks: those that need a generated guide. */
export const addedTags = (original: OpenApiDocument, synthetic: OpenApiDocument) =>
  synthetic.tags.filter((t) => !original.tags.some((o) => o.name === t.name));

function main() {
  const { values } = parseArgs({
    options: { operations: { type: 'string' }, out: { type: 'string' }, guides: { type: 'string' } },
  });
  const target = Number(values.operations);
  if (!values.operations || !values.out) {
    throw new Error('Usage: node scripts/bench/synthetic-spec.ts --operations 1000 --out <file.yaml> [--guides <dir>]');
  }
  const spec = loadSpec();
  const synthetic = syntheticSpec(spec, target);
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, stringify(synthetic, { lineWidth: 0 }));
  const guides = values.guides ? writeTagGuides(resolve(values.guides), addedTags(spec, synthetic), specTagSlug) : [];
  console.log(`${out}: ${target} operations, ${synthetic.tags.length} tags${values.guides ? `; ${guides.length} tag guides in ${resolve(values.guides)}` : ''}`);
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    // A wrong argument is the caller's mistake: say what it was, without a stack trace.
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
