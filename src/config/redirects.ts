/** @module Redirects from reference URLs that moved (a tag given the product's own URL segment). */
import { loadSpec } from '../lib/openapi/load.ts';
import { listOperations } from '../lib/openapi/operations.ts';
import { movedPaths } from '../lib/openapi/pages.ts';

/** Astro's `redirects` option: static pages that send the reader on to the new path. */
export const referenceRedirects = () => movedPaths(listOperations(loadSpec()));
