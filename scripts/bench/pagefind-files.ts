/**
 * @module Pagefind's requests grouped by kind of file, for the search figures' detail line: which
 * part of a first query's bytes is the index, the excerpts, the WebAssembly or the scripts. Kept
 * apart from search-figures.ts so its unit test need not load Playwright.
 */

export type BytesByKind = Record<string, { bytes: number; requests: number }>;

/** The kind of a Pagefind file from its name: its extension (`pf_meta`, `pf_fragment`, `js`), `wasm` for the WebAssembly. */
export function pagefindKind(url: string): string {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  if (name.startsWith('wasm.')) return 'wasm';
  const dot = name.lastIndexOf('.');
  return dot < 0 ? 'other' : name.slice(dot + 1);
}

/** Bytes and request counts per kind of file. */
export function bytesByKind(responses: readonly { url: string; bytes: number }[]): BytesByKind {
  const byKind: BytesByKind = {};
  for (const { url, bytes } of responses) {
    const kind = (byKind[pagefindKind(url)] ??= { bytes: 0, requests: 0 });
    kind.bytes += bytes;
    kind.requests++;
  }
  return byKind;
}
