import { describe, expect, it } from 'vitest';
import { badCharacterMessage, describeCharacter, findBadCharacter } from './key-check.ts';

describe.each([
  ['nr_abcdef', undefined],
  ['nr_ab\u200Bcdef', { index: 5, char: '\u200B' }],
  ['nr_ab cdef', { index: 5, char: ' ' }],
  ['nr_abc\tdef', { index: 6, char: '\t' }],
  ['nr_abcdé', { index: 7, char: 'é' }],
  ['\uFEFFnr_abc', { index: 0, char: '\uFEFF' }],
  ['nr_abc\u00A0', { index: 6, char: '\u00A0' }],
  ['nr_a😀', { index: 4, char: '😀' }],
])('findBadCharacter(%j)', (key, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(findBadCharacter(key)).toEqual(expected));
});

describe('the message says what was found and where', () => {
  it.each([
    ['nr_ab\u200Bcdef', 'an invisible character (U+200B) at position 6, after “…r_ab”'],
    ['nr_\u200Bab', 'an invisible character (U+200B) at position 4, after “nr_”'],
    ['nr_ab cd', 'a space at position 6, after “…r_ab”'],
    ['\uFEFFnr_abc', 'an invisible character (U+FEFF) at the very start'],
    ['nr_abcdé', 'the character “é” (U+00E9), which is not plain ASCII at position 8'],
  ])('%j', (key, expected) => {
    expect(badCharacterMessage(key, findBadCharacter(key)!)).toContain(expected);
  });

  it('quotes at most four characters of the key', () => {
    const key = 'nr_secretpart\u200B';
    const message = badCharacterMessage(key, findBadCharacter(key)!);
    expect(message).toContain('after “…part”');
    expect(message).not.toContain('secret');
  });

  it('names line breaks and tabs', () => {
    expect(describeCharacter('\n')).toBe('a line break');
    expect(describeCharacter('\t')).toBe('a tab');
  });
});
