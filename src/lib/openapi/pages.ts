/** @module URLs of the reference: one page per operation at /api/<tag>/<page>/, one overview per tag. */
import { slug } from 'github-slugger';
import type { Operation } from './operations.ts';

/** URL segment of a tag: `Agent resources` → `agent-resources`. */
export const tagSlug = (tag: string) => slug(tag);

/** Site path (without base) of an operation's page. */
export const operationPath = (op: Operation) => `/api/${tagSlug(op.tag)}/${op.page}/`;

/** Site path of a tag's overview page. */
export const tagPath = (tag: string) => `/api/${tagSlug(tag)}/`;

/** Site path of the Scalar explorer. */
export const EXPLORER_PATH = '/api/explorer/';

/** The explorer's anchor for an operation (Scalar's `tag/<tag>/<operation>` hash, with our slugs). */
export const explorerHash = (op: Operation) => `tag/${tagSlug(op.tag)}/${op.id}`;
