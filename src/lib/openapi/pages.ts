/** @module URLs of the reference: one page per operation at /api/<tag>/<page>/, one overview per tag. */
import { slug } from 'github-slugger';
import { loadSpec } from './load.ts';
import { listOperations, type Operation } from './operations.ts';

/** URL segment of a tag: its `x-slug` when the product uses another one, else `Agent resources` → `agent-resources`. */
export const tagSlug = (tag: string) => loadSpec().tags.find((t) => t.name === tag)?.['x-slug'] ?? slug(tag);

/** Name shown for a tag (sidebar, overview title): its `x-displayName`, else its name. */
export const tagLabel = (tag: string) => loadSpec().tags.find((t) => t.name === tag)?.['x-displayName'] ?? tag;

/** Site path (without base) of an operation's page. */
export const operationPath = (op: Operation) => `/api/${tagSlug(op.tag)}/${op.page}/`;

let operationPaths: Set<string> | undefined;

/** Whether `pathname` (with the base path) is an operation's reference page. */
export function isOperationPage(pathname: string, base: string): boolean {
  operationPaths ??= new Set(listOperations(loadSpec()).map(operationPath));
  const prefix = base.replace(/\/$/, '');
  const path = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  return operationPaths.has(path.endsWith('/') ? path : `${path}/`);
}

/**
 * `getStaticPaths` of the pages made once per operation (its reference page, its complete programs):
 * the URL segments, and the operation itself as the page's prop.
 */
export function operationRoutes() {
  return listOperations(loadSpec()).map((op) => ({ params: { tag: tagSlug(op.tag), page: op.page }, props: { op } }));
}

/** Site path of a tag's overview page. */
export const tagPath = (tag: string) => `/api/${tagSlug(tag)}/`;

/** Site path of the Scalar explorer. */
export const EXPLORER_PATH = '/api/explorer/';

/** The table of next calls by ID prefix (src/pages/api/next-calls.json.ts). */
export const NEXT_CALLS_PATH = '/api/next-calls.json';

/**
 * Folder of the operations' complete programs: page partials (HTML fragments, not pages) that an
 * operation page fetches when the reader opens "Complete program".
 */
export const PROGRAMS_PREFIX = '/api/programs/';

/** Site path of an operation's complete programs. */
export const programsPath = (op: Operation) => `${PROGRAMS_PREFIX}${tagSlug(op.tag)}/${op.page}/`;

/** The page listing every tag (the sidebar lists only some on a large API). */
export const SECTIONS_PATH = '/api/reference/';

/** The explorer's anchor for an operation: Scalar's `tag/<tag>/<operation>` hash, its tag slug taken from the name. */
export const explorerHash = (op: Operation) => `tag/${slug(op.tag)}/${op.id}`;

/** Paths that moved because a tag has an `x-slug`: old path → new path, for redirects. */
export function movedPaths(operations: Operation[]): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const tag of loadSpec().tags) {
    if (!tag['x-slug'] || tag['x-slug'] === slug(tag.name)) continue;
    moved[`/api/${slug(tag.name)}/`] = tagPath(tag.name);
    for (const op of operations.filter((o) => o.tag === tag.name)) moved[`/api/${slug(tag.name)}/${op.page}/`] = operationPath(op);
  }
  return moved;
}
