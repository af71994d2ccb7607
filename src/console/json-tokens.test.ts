import { describe, expect, it } from 'vitest';
import { tokenizeJson } from './json-tokens.ts';

describe('tokenizeJson', () => {
  it('covers the text exactly and labels keys, strings, numbers and literals', () => {
    const text = JSON.stringify({ name: '<img src=x onerror=alert(1)>', n: -1.5e3, ok: true, none: null, list: ['a\\"b'] }, null, 2);
    const tokens = tokenizeJson(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(tokens.filter((t) => t.kind === 'key').map((t) => t.text)).toEqual(['"name"', '"n"', '"ok"', '"none"', '"list"']);
    expect(tokens.find((t) => t.kind === 'string')!.text).toBe('"<img src=x onerror=alert(1)>"');
    expect(tokens.filter((t) => t.kind === 'literal').map((t) => t.text)).toEqual(['true', 'null']);
  });

  it('keeps text that is not JSON', () => {
    expect(tokenizeJson('oops <b>').map((t) => t.text).join('')).toBe('oops <b>');
  });
});
