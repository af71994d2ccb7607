import { describe, expect, it } from 'vitest';
import { moduleGraph, withModulePreloads } from './module-preload.ts';

const files: Record<string, string> = {
  '/_astro/console.js': 'import{a as e}from"./send.js";import"./labels.js";export{e}',
  '/_astro/send.js': 'import{b}from"./key-store.js";export const a=1',
  '/_astro/key-store.js': 'export const b=2',
  '/_astro/labels.js': 'import("./lazy.js")',
  '/_astro/search.js': 'export{x}from"./labels.js"',
};
const read = (url: string) => files[url];

describe('moduleGraph', () => {
  it("follows each module script's static imports, transitively, and not its dynamic ones", () => {
    const html = '<script type="module" src="/_astro/console.js"></script><script type="module">import "/_astro/search.js";</script>';
    expect(moduleGraph(html, read).sort()).toEqual(['/_astro/console.js', '/_astro/key-store.js', '/_astro/labels.js', '/_astro/search.js', '/_astro/send.js']);
  });

  it('ignores classic scripts, JSON and files that are not on this site', () => {
    expect(moduleGraph('<script src="/_astro/send.js"></script><script type="application/json">{}</script><script type="module" src="/missing.js"></script>', read)).toEqual([]);
  });
});

describe('withModulePreloads', () => {
  it('lists each module once at the end of the head', () => {
    const html = '<html><head><meta charset="utf-8"><link rel="modulepreload" href="/a.js"></head><body></body></html>';
    expect(withModulePreloads(html, ['/a.js', '/b.js'])).toBe('<html><head><meta charset="utf-8"><link rel="modulepreload" href="/a.js"><link rel="modulepreload" href="/b.js"></head><body></body></html>');
  });
});
