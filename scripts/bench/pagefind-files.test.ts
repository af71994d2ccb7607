import { describe, expect, it } from 'vitest';
import { bytesByKind, pagefindKind } from './pagefind-files.ts';

describe('pagefindKind', () => {
  it('names a Pagefind file by its extension, and the WebAssembly as wasm', () => {
    expect(pagefindKind('http://h/pagefind/index/en_c097cee.pf_index')).toBe('pf_index');
    expect(pagefindKind('http://h/docs/pagefind/fragment/en_5fd6bef.pf_fragment')).toBe('pf_fragment');
    expect(pagefindKind('http://h/pagefind/pagefind-entry.json?ts=1796073722249')).toBe('json');
    expect(pagefindKind('http://h/pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(pagefindKind('http://h/pagefind/pagefind-worker.js')).toBe('js');
  });
});

describe('bytesByKind', () => {
  it('sums bytes and counts requests per kind', () => {
    expect(bytesByKind([
      { url: 'http://h/pagefind/index/a.pf_index', bytes: 100 },
      { url: 'http://h/pagefind/index/b.pf_index', bytes: 50 },
      { url: 'http://h/pagefind/pagefind.js', bytes: 10 },
    ])).toEqual({ pf_index: { bytes: 150, requests: 2 }, js: { bytes: 10, requests: 1 } });
  });
});
