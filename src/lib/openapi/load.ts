/** @module Reads the one OpenAPI document that describes the public API. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { OpenApiDocument } from './types.ts';

/**
 * Location of the spec: the repository's, unless `NAIRI_SPEC_PATH` names another file (relative to
 * the working directory). Only the build benchmark sets it, to build from a synthetic spec.
 */
export const SPEC_URL = process.env.NAIRI_SPEC_PATH
  ? pathToFileURL(process.env.NAIRI_SPEC_PATH)
  : new URL('../../../openapi/nairi.v1.yaml', import.meta.url);

let cached: OpenApiDocument | undefined;

/** Parses the spec once per process; the result is shared, so treat it as read-only. */
export function loadSpec(): OpenApiDocument {
  cached ??= parse(readFileSync(SPEC_URL, 'utf8')) as OpenApiDocument;
  return cached;
}
