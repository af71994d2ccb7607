/** @module Tab labels by language id; small enough for the browser (the `?lang=` script imports it). */
import type { Language } from './types.ts';

export const LANGUAGE_LABELS: Record<Language, string> = {
  bash: 'bash',
  typescript: 'TypeScript',
  ruby: 'Ruby',
  python: 'Python',
  go: 'Go',
};

/** The tab label for a `?lang=` value: an id (`typescript`) or a label in any case (`Go`). */
export function labelForParam(value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  return Object.entries(LANGUAGE_LABELS).find(([id, label]) => id === wanted || label.toLowerCase() === wanted)?.[1];
}
