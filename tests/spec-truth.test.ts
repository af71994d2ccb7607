/**
 * Keeps the spec honest: every mark of something Nairi does not document is explained in
 * openapi/NOTES.md, every error string shown as exact text is a documented one, and every example
 * ID names one thing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSpec } from '../src/lib/openapi/load.ts';
import { errorExamples, isDocumentedError, specMarks } from '../src/lib/openapi/truth.ts';
import { examplesOf, exampleIdClashes } from './example-ids.ts';

const spec = loadSpec();
const notes = readFileSync(new URL('../openapi/NOTES.md', import.meta.url), 'utf8');
const marked = notes.slice(notes.indexOf('## Marked in the spec'), notes.indexOf('\n## ', notes.indexOf('## Marked in the spec') + 1));

describe('spec marks', () => {
  const marks = specMarks(spec);

  it('finds the marks (the walk reaches operations and component fields)', () => {
    expect(marks.map((m) => m.name)).toEqual(expect.arrayContaining(['deleteAgent', 'Skill.filename', 'updateEnvVar.key']));
  });

  it.each(marks.map((m) => [m.name, m] as const))('%s is explained in NOTES.md', (name, mark) => {
    expect(mark.reason.trim(), `${name} needs a reason for its page`).not.toBe('');
    expect(marked, `add a line naming \`${name}\` under "Marked in the spec"`).toContain(`\`${name}\``);
  });

  it('NOTES.md names no mark the spec does not have', () => {
    const names = new Set(marks.map((m) => m.name));
    const named = [...marked.matchAll(/^- (.*?):/gm)].flatMap((m) => [...m[1]!.matchAll(/`([A-Za-z]+(?:\.[a-z_]+)?)`/g)].map((n) => n[1]!));
    expect(named.filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('error examples', () => {
  const examples = errorExamples(spec);

  it.each(examples.map((e) => [e.where, e] as const))('%s: documented text, or marked illustrative', (_where, example) => {
    if (isDocumentedError(example.text)) expect(example.illustrative, 'a documented string is not illustrative').toBe(false);
    else expect(example.illustrative, `"${example.text}" is not a documented error string: mark it x-illustrative`).toBe(true);
  });
});

describe('example IDs', () => {
  it('every example ID names one thing', () => {
    expect(exampleIdClashes(examplesOf(spec))).toEqual([]);
  });
});
