import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { measurePage, staticImports } from './page-weight.ts';

describe('staticImports', () => {
  it('finds named, bare and re-exported imports but not dynamic ones', () => {
    const code = 'import{a as b}from"./a.js";import "./b.js";export*from"./c.js";const d=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js']);
  });
});

describe('measurePage', () => {
  it('counts scripts, the chunks they import, inline scripts and stylesheets once each', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'help'));
    writeFileSync(join(dist, '_astro/main.js'), 'import"./shared.js";import("./lazy.js");');
    writeFileSync(join(dist, '_astro/shared.js'), 'console.log(1)');
    writeFileSync(join(dist, '_astro/lazy.js'), 'console.log(2)');
    writeFileSync(join(dist, '_astro/site.css'), 'body{color:red}');
    writeFileSync(
      join(dist, 'help/index.html'),
      '<link rel="stylesheet" href="/docs/_astro/site.css"><link rel="stylesheet" href="/docs/_astro/print.css" media="print">' +
        '<script type="module" src="/docs/_astro/main.js"></script><script>var x=1</script>' +
        '<script type="module">import "/docs/_astro/shared.js"</script><script type="application/ld+json">{}</script>',
    );
    const weight = measurePage(dist, '/help/', '/docs');
    expect(weight.js).toEqual(['/_astro/main.js', '/_astro/shared.js']);
    expect(weight.css).toEqual(['/_astro/site.css']);
    expect(weight.jsBytes).toBeGreaterThan(40);
    expect(weight.cssBytes).toBeGreaterThan(10);
    // The HTML is its own measure: gzipped, and growing with the page.
    const html = weight.htmlBytes;
    expect(html).toBeGreaterThan(100);
    writeFileSync(join(dist, 'help/index.html'), `${readFileSync(join(dist, 'help/index.html'), 'utf8')}<p>${Array.from({ length: 200 }, (_, i) => `w${i * 7919}`).join(' ')}</p>`);
    expect(measurePage(dist, '/help/', '/docs').htmlBytes).toBeGreaterThan(html + 200);
  });
});
