/** @module What every language emitter provides. */
import type { Program } from '../samples/program.ts';

/** Language ids, in the order tabs show them. The type is derived from this list. */
export const LANGUAGES = ['bash', 'typescript', 'ruby', 'python', 'go'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Emitter {
  id: Language;
  /** Tab label. */
  label: string;
  /** File extension of a stored sample. */
  ext: string;
  /** Shiki language id for highlighting. */
  shiki: string;
  /** Line comment marker, used to find step sections in a generated program. */
  comment: string;
  /** The file a reader saves a program as, and the command that runs it. */
  fileName: (name: string) => string;
  runCommand: (file: string) => string;
  generate(program: Program): string;
}
