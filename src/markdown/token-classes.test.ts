import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { compactTokens, tokenClassStyles, TOKEN_COLOURS } from './token-classes.ts';

const span = (style: string, text: string): Element => ({ type: 'element', tagName: 'span', properties: { style }, children: [{ type: 'text', value: text }] });
const line = (...children: Element['children']): Element => ({ type: 'element', tagName: 'div', properties: { className: ['code'] }, children });
const compact = (el: Element) => { compactTokens(el); return toHtml(el); };

describe('compactTokens', () => {
  it('unwraps spans in the default text colour, in either case', () => {
    expect(compact(line(span('--0:#D6DEEB;--1:#403F53', 'a'), span('--0:#d6deeb;--1:#403f53', 'b'), span('--0:#D6DEEB', 'c')))).toBe('<div class="code">abc</div>');
  });

  it('replaces a known colour pair with its class and merges neighbours of one class', () => {
    expect(compact(line(span('--0:#C792EA;--1:#8844AE', 'const'), span('--0:#C792EA;--1:#8844AE', ' x'), span('--0:#82AAFF;--1:#3B61B0', 'f')))).toBe('<div class="code"><span class="_1">const x</span><span class="_2">f</span></div>');
  });

  it('treats a style without a light colour as the light default', () => {
    expect(compact(line(span('--0:#D7DBE0', 'a'), span('--0:#D7DBE0;--1:#403F53', 'b')))).toBe('<div class="code"><span class="_9">ab</span></div>');
  });

  it('keeps an unknown pair as Expressive Code wrote it, and leaves other spans alone', () => {
    const other: Element = { type: 'element', tagName: 'span', properties: { className: ['indent'] }, children: [{ type: 'text', value: '  ' }] };
    expect(compact(line(other, span('--0:#123456;--1:#654321', 'x'), span('--0:#123456;--1:#654321', 'y')))).toBe('<div class="code"><span class="indent">  </span><span style="--0:#123456;--1:#654321">x</span><span style="--0:#123456;--1:#654321">y</span></div>');
  });

  it('writes the same text it was given', () => {
    const el = line(span('--0:#C792EA;--1:#8844AE', 'if'), span('--0:#D6DEEB;--1:#403F53', ' ('), span('--0:#ECC48D;--1:#984E4D', '"<x>"'), span('--0:#D6DEEB;--1:#403F53', ')'));
    const text = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
    const before = text(el);
    compactTokens(el);
    expect(text(el)).toBe(before);
  });
});

describe('tokenClassStyles', () => {
  it('gives every class its light and its dark colour', () => {
    const css = tokenClassStyles();
    TOKEN_COLOURS.forEach(([dark, light], i) => expect(css).toContain(`.ec-line ._${i.toString(36)}{color:light-dark(${light},${dark})}`));
  });
});
