/**
 * @module Splits JSON text into tokens for highlighting. The console renders each token with
 * textContent, so a response body is always text, never HTML.
 */
export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'punct' | 'space';

const PATTERN = /("(?:\\.|[^"\\])*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)/gy;

/** Tokens covering the whole text; anything unexpected is kept as punctuation text. */
export function tokenizeJson(text: string): { kind: TokenKind; text: string }[] {
  const tokens: { kind: TokenKind; text: string }[] = [];
  let at = 0;
  while (at < text.length) {
    PATTERN.lastIndex = at;
    const m = PATTERN.exec(text);
    if (!m) {
      tokens.push({ kind: 'punct', text: text[at]! });
      at++;
      continue;
    }
    if (m[1]) {
      tokens.push({ kind: m[2] ? 'key' : 'string', text: m[1] });
      if (m[2]) tokens.push({ kind: 'punct', text: m[2] });
    } else if (m[3]) tokens.push({ kind: 'number', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'literal', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'punct', text: m[5] });
    else tokens.push({ kind: 'space', text: m[6]! });
    at = PATTERN.lastIndex;
  }
  return tokens;
}
