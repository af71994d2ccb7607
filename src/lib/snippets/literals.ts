/**
 * @module Quoting, one writer per language. Every string that reaches generated code passes through
 * here; the hostile cases in literals.test.ts (quotes, `$`, backticks, `#{`, backslashes, newlines,
 * non-ASCII, empty) run against every writer and are compiled by the real toolchains.
 */
import { isVar, type Value } from '../request.ts';

/** POSIX shell: single quotes, with `'` written as `'\''`. Nothing inside single quotes expands. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Text for the inside of a double-quoted shell word: `\`, `$`, `"` and backquote escaped, so nothing
 * expands. (An interactive bash still expands `!` there; callers keep `!` out, or use shellQuote.)
 */
export const inShellDoubleQuotes = (s: string) => s.replace(/[\\$"`]/g, '\\$&');

/**
 * Text for a line comment (`# …`, `// …`): every kind of line break becomes a space, so a title can
 * never end the comment and start a line of code. Nothing else in a line comment is special.
 */
export const commentText = (s: string) => s.replace(/[\r\n\u000b\u000c\u0085\u2028\u2029]+/g, ' ');

/**
 * A file path in curl's `-F name=@path` syntax: double-quoted with `\` and `"` escaped, so `;`, `,`
 * and `"` in a file name stay part of it (unquoted, curl reads them as options and fails).
 */
export const curlFormPath = (path: string) => `"${path.replace(/[\\"]/g, '\\$&')}"`;

/** TypeScript / JavaScript string: JSON's escaping is valid JS. */
export const tsString = (s: string) => JSON.stringify(s);

/** Python string: JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) are all valid Python escapes. */
export const pythonString = (s: string) => JSON.stringify(s);

/** Ruby double-quoted string: JSON's escaping plus `#` escaped, so `#{…}` never interpolates. */
export const rubyString = (s: string) => JSON.stringify(s).replace(/#/g, '\\#');

/** Go interpreted string: JSON's escapes are valid Go escapes; U+2028/2029 are escaped for readability. */
export const goString = (s: string) => JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export interface LiteralStyle {
  string: (s: string) => string;
  variable: (name: string) => string;
  null: string;
  true: string;
  false: string;
  /** Opening and closing of a map/object, and how a key is written. */
  object: [string, string];
  key: (k: string) => string;
  array: [string, string];
  /** Whether multi-line containers end each item with a comma (Go requires it; JSON and jq forbid it). */
  trailingComma?: boolean;
}

/** Writes a JSON value as a literal in some language, indenting nested containers. */
export function writeValue(value: Value, style: LiteralStyle, indent = ''): string {
  if (isVar(value)) return style.variable(value.var);
  if (value === null) return style.null;
  if (typeof value === 'string') return style.string(value);
  if (typeof value === 'boolean') return value ? style.true : style.false;
  if (typeof value === 'number') return String(value);
  const inner = `${indent}  `;
  const lines = (items: string[]) => items.map((item, i) => `${inner}${item}${style.trailingComma === false && i === items.length - 1 ? '' : ','}`).join('\n');
  if (Array.isArray(value)) {
    if (value.length === 0) return style.array.join('');
    return `${style.array[0]}\n${lines(value.map((v) => writeValue(v, style, inner)))}\n${indent}${style.array[1]}`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return style.object.join('');
  return `${style.object[0]}\n${lines(entries.map(([k, v]) => `${style.key(k)}${writeValue(v, style, inner)}`))}\n${indent}${style.object[1]}`;
}
