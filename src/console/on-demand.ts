/**
 * @module What the console loads when first needed rather than with the page. It is ready to send
 * without any of it:
 * - the five emitters, when "Code for these inputs" comes into view or an input changes;
 * - the JSON Schema validator, when the body is focused or on the first Send with a body;
 * - the site's table of next calls, when the first response is shown.
 * The first two were 40% of the console's code; the table grows with the API (70 KB per page at
 * 1,000 operations when it was embedded).
 */
import type { NextCall } from '../lib/openapi/id-links.ts';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export const emitters = once(() => import('../lib/snippets/index.ts'));
export const bodyCheck = once(() => import('./body-check.ts'));

let nextCalls: Promise<Record<string, NextCall[]>> | undefined;

/** The table at `url` (this site), fetched once; a failed fetch is tried again next time. */
export function nextCallTable(url: string): Promise<Record<string, NextCall[]>> {
  nextCalls ??= fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))) as Promise<Record<string, NextCall[]>>);
  nextCalls.catch(() => (nextCalls = undefined));
  return nextCalls;
}
