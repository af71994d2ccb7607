/**
 * @module Numbers as the benchmark prints them: medians, times, sizes, ratios and whether a target
 * is met. Pure, so the table's wording is checked by unit tests rather than by reading a run.
 * Sizes use 1024-based units, as `npm run size` does.
 */

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `a / b`, or undefined when either is missing or `b` is not positive. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b <= 0 ? undefined : a / b;
}

/** 850 ms → "850 ms"; 1960 ms → "1.96 s"; 169 000 ms → "2 min 49 s". */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** Bytes in the largest unit that keeps the number at least 1: "512 B", "31.2 KB", "1.75 GB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  return `${value.toFixed(unit >= 3 ? 2 : 1)} ${UNITS[unit]}`;
}

/** 1.104 → "1.10×". */
export const formatRatio = (r: number) => `${r.toFixed(2)}×`;

/** A limit the issue sets: the value must stay under (`<`) or at most (`≤`) `limit`. */
export interface Target {
  op: '<' | '≤';
  limit: number;
  /** How the limit reads in the table, e.g. "≤ 1.3× help" or "< 150 KB". */
  label: string;
}

/** "≤ 30 KB: met", "< 1.5 GB: not met", or "≤ 11×: not measured" when the value is missing. */
export function targetCell(target: Target | undefined, value: number | undefined): string {
  if (!target) return '';
  if (value === undefined) return `${target.label}: not measured`;
  const met = target.op === '<' ? value < target.limit : value <= target.limit;
  return `${target.label}: ${met ? 'met' : '**not met**'}`;
}

/** A Markdown table; `|` inside a cell is escaped so it cannot split the cell. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
