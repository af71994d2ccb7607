/** @module Small writers for generated Markdown: tables, code fences, inline text in a cell. */

/** A GFM table; cells are inline Markdown, so `|` is escaped and line breaks become spaces. */
export function table(head: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
export function fence(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${code.replace(/\n$/, '')}\n${marks}`;
}

/** Inline code that survives backticks inside it. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return longest ? `${marks} ${text} ${marks}` : `${marks}${text}${marks}`;
}

/** The page header every twin starts with. */
export const header = (title: string, description?: string) => `# ${title}\n${description ? `\n> ${description.replace(/\r?\n/g, ' ')}\n` : ''}`;
