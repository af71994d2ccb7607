/** @module Reads the one OpenAPI document that describes the public API. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from './types.ts';

/** Location of the spec in the repository. */
export const SPEC_URL = new URL('../../../openapi/nairi.v1.yaml', import.meta.url);

let cached: OpenApiDocument | undefined;

/** Parses the spec once per process; the result is shared, so treat it as read-only. */
export function loadSpec(): OpenApiDocument {
  cached ??= parse(readFileSync(SPEC_URL, 'utf8')) as OpenApiDocument;
  return cached;
}
