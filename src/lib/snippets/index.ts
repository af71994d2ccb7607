/** @module Registry of language emitters, in tab order. */
import { bash } from './bash.ts';
import { go } from './go.ts';
import { python } from './python.ts';
import { ruby } from './ruby.ts';
import type { Emitter, Language } from './types.ts';
import { typescript } from './typescript.ts';

export { LANGUAGES, type Emitter, type Language } from './types.ts';

export const EMITTERS: readonly Emitter[] = [bash, typescript, ruby, python, go];

export const emitter = (id: Language): Emitter => EMITTERS.find((e) => e.id === id)!;
