/**
 * @module Short forms: an operation's request alone, one call per language with its headers and
 * literal values, shown before the complete program. Both come from the same Program (the same
 * request model and input defaults); only the complete program checks input and handles errors.
 */
import type { Program } from '../../samples/program.ts';
import type { Language } from '../types.ts';
import { bashShort } from './bash.ts';
import { inputValues, shortCall, type ShortCall } from './call.ts';
import { goShort } from './go.ts';
import { pythonShort } from './python.ts';
import { rubyShort } from './ruby.ts';
import { typescriptShort } from './typescript.ts';

export { inputValues, shortCall, type ShortCall } from './call.ts';

export const SHORT_WRITERS: Record<Language, (call: ShortCall) => string> = {
  bash: bashShort,
  typescript: typescriptShort,
  ruby: rubyShort,
  python: pythonShort,
  go: goShort,
};

/**
 * The short form of a one-call program in `lang`, with each input at its default (or `env`'s value).
 * Programs of several steps (the quickstart flows) have none: their steps depend on each other.
 */
export function shortForm(lang: Language, program: Program, env: Record<string, string> = {}): string {
  const [step, ...rest] = program.steps;
  if (!step || rest.length || step.kind !== 'call') throw new Error(`${program.id}: a short form shows one call; this program has ${program.steps.length} steps`);
  return SHORT_WRITERS[lang](shortCall(step.request, inputValues(program, env)));
}
