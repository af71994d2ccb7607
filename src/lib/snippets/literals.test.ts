import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goString, inShellDoubleQuotes, pythonString, rubyString, shellQuote, tsString, writeValue, type LiteralStyle } from './literals.ts';
import { varRef } from '../request.ts';

// NUL is left out: no shell argument can carry it, and the API's JSON strings never need it raw.
const HOSTILE = [
  "'", '"', '$HOME', '`id`', '#{1+1}', '#$0 #@x', '\\', 'a\\nb', 'line\nbreak', '\ttab\r', 'café ☕ 日本 😀',
  '', ' ', '\u2028\u2029', '%s %d', '${PATH}', '$(id)', "'\\''", '\\"', '}{', '\u0007\u001b[31m',
];
const SEP = '\u0001';

/** Runs a program and splits what it prints on the separator. */
const printed = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' }).split(SEP);

describe('each writer turns hostile strings into literals that evaluate back to the same text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'literals-'));

  it('shell (single quotes)', () => {
    const script = `printf '%s\\001' ${HOSTILE.map(shellQuote).join(' ')}`;
    expect(printed('bash', ['-c', script]).slice(0, -1)).toEqual(HOSTILE);
  });

  it('shell (inside double quotes)', () => {
    const script = `printf '%s\\001' ${HOSTILE.map((s) => `"${inShellDoubleQuotes(s)}"`).join(' ')}`;
    expect(printed('bash', ['-c', script]).slice(0, -1)).toEqual(HOSTILE);
  });

  it('TypeScript', () => {
    expect(HOSTILE.map((s) => new Function(`return ${tsString(s)};`)())).toEqual(HOSTILE);
  });

  it('Python', () => {
    writeFileSync(join(dir, 'p.py'), `import sys\nsys.stdout.write("\\x01".join([${HOSTILE.map(pythonString).join(', ')}]))\n`);
    expect(printed('/usr/bin/python3', [join(dir, 'p.py')])).toEqual(HOSTILE);
  });

  it('Ruby (no #{} interpolation)', () => {
    writeFileSync(join(dir, 'r.rb'), `print [${HOSTILE.map(rubyString).join(', ')}].join("\\x01")\n`);
    expect(printed('ruby', [join(dir, 'r.rb')])).toEqual(HOSTILE);
  });

  it('Go', () => {
    writeFileSync(join(dir, 'main.go'), `package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Print(strings.Join([]string{${HOSTILE.map(goString).join(', ')}}, "\\x01"))\n}\n`);
    expect(printed('go', ['run', join(dir, 'main.go')])).toEqual(HOSTILE);
  }, 60_000);
});

describe('writeValue', () => {
  const style: LiteralStyle = {
    string: JSON.stringify, variable: (n) => `v_${n}`, null: 'nil', true: 'T', false: 'F', object: ['{', '}'], key: (k) => `${k}: `, array: ['[', ']'],
  };

  it('writes nested values with variables, indentation and trailing commas', () => {
    expect(writeValue({ a: [1, varRef('x')], b: null, c: {}, d: [] }, style)).toBe('{\n  a: [\n    1,\n    v_x,\n  ],\n  b: nil,\n  c: {},\n  d: [],\n}');
  });

  it('leaves out trailing commas where the language forbids them', () => {
    expect(writeValue({ a: [true, false] }, { ...style, trailingComma: false })).toBe('{\n  a: [\n    T,\n    F\n  ]\n}');
  });
});
