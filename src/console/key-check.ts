/**
 * @module Finds the first character of a pasted key that cannot be part of one: whitespace inside
 * it, a control or invisible character, or anything outside printable ASCII. `fetch` refuses such
 * a header value, and the browser reports that like a network failure, so the console checks first
 * and says what it found and where.
 */
import { format, t } from '../strings/client.ts';

/** Where the first unusable character is, and which one. */
export interface BadCharacter {
  index: number;
  char: string;
}

/** The first character outside printable ASCII (0x21–0x7e), or undefined when there is none. */
export function findBadCharacter(key: string): BadCharacter | undefined {
  const match = /[^\x21-\x7e]/u.exec(key);
  return match ? { index: match.index, char: match[0] } : undefined;
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** How the character reads in a sentence: "a space", "an invisible character (U+200B)", … */
export function describeCharacter(char: string): string {
  if (char === ' ') return t('console.char.space');
  if (char === '\t') return t('console.char.tab');
  if (char === '\n' || char === '\r') return t('console.char.lineBreak');
  // Controls, format characters (zero-width space, BOM, direction marks) and other spaces look like nothing.
  if (/[\p{C}\p{Z}]/u.test(char)) return format(t('console.char.invisible'), { code: codePoint(char) });
  return format(t('console.char.nonAscii'), { char, code: codePoint(char) });
}

/**
 * The message for a refused key. It quotes at most the four characters before the bad one (about
 * what the dashboard's mask shows), so the message never repeats much of the key.
 */
export function badCharacterMessage(key: string, bad: BadCharacter): string {
  const before = key.slice(Math.max(0, bad.index - 4), bad.index);
  const where = bad.index === 0
    ? t('console.char.atStart')
    : format(t('console.char.after'), { position: bad.index + 1, before: `${bad.index > 4 ? '…' : ''}${before}` });
  return format(t('console.keyBadCharacter'), { what: describeCharacter(bad.char), where });
}
