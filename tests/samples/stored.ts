/**
 * @module The stored samples: every operation, every flow and every hostile case, in every
 * language, as real files under tests/snapshots/<language>/<name>.<ext>; and the short forms of the
 * operations and cases under tests/snapshots/<language>/short/<name>.<ext>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { findOperation, listOperations } from '../../src/lib/openapi/operations.ts';
import type { RequestModel, Value } from '../../src/lib/request.ts';
import { FLOW_NAMES } from '../../src/lib/samples/flows.ts';
import { programForOperation } from '../../src/lib/samples/from-operation.ts';
import { programFor } from '../../src/lib/samples/index.ts';
import type { Program } from '../../src/lib/samples/program.ts';
import { EMITTERS, type Emitter } from '../../src/lib/snippets/index.ts';
import { shortForm } from '../../src/lib/snippets/short/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SNAPSHOTS = join(ROOT, 'tests/snapshots');
const CASES = join(ROOT, 'tests/cases');

export interface Case {
  operationId: string;
  /** Replaces the program's and the step's title (they reach comments and docstrings). */
  title?: string;
  pathParams?: Record<string, Value>;
  query?: [string, Value][];
  body?: Value;
  /** Environment the sample runs with (inputs such as ENV_VAR_ID or FILE_PATH). */
  env?: Record<string, string>;
  /** The sample must refuse, before any request, with a message starting like this. */
  refused?: string;
  /** A file the workspace needs (name relative to the language folder, text content). */
  file?: { name: string; text: string };
}

/** Hostile request cases, by file name. */
export const CASE_NAMES = readdirSync(CASES).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

export function readCase(name: string): Case {
  return JSON.parse(readFileSync(join(CASES, `${name}.json`), 'utf8')) as Case;
}

/** A case's program: the operation's sample with the case's values in place of the examples. */
export function programForCase(name: string): Program {
  const spec = loadSpec();
  const c = readCase(name);
  const program = programForOperation(spec, findOperation(spec, c.operationId));
  const step = program.steps[0]!;
  const request: RequestModel = {
    ...step.request,
    pathParams: { ...step.request.pathParams, ...c.pathParams },
    query: c.query ?? step.request.query,
    ...(c.body !== undefined ? { body: { kind: 'json' as const, value: c.body } } : {}),
  };
  const literalParams = Object.keys(c.pathParams ?? {}).map((p) => p.toUpperCase());
  const title = c.title ?? program.title;
  return { ...program, id: name, title, inputs: program.inputs.filter((i) => !literalParams.includes(i.name)), steps: [{ ...step, title: c.title ?? step.title, request }] };
}

export const OPERATION_IDS = listOperations(loadSpec()).map((o) => o.id);
export const SAMPLE_NAMES = [...OPERATION_IDS, ...FLOW_NAMES, ...CASE_NAMES];

export const programForName = (name: string): Program => (CASE_NAMES.includes(name) ? programForCase(name) : programFor(name));

export const snapshotPath = (emitter: Emitter, name: string) => join(SNAPSHOTS, emitter.id, `${name}.${emitter.ext}`);

/** Every (language, sample) pair. */
export const MATRIX = EMITTERS.flatMap((emitter) => SAMPLE_NAMES.map((name) => ({ emitter, name })));

/**
 * Samples with a short form: every operation, and every case a sample sends (a refused case has
 * none: its short form is refused when the site is built, see short/call.test.ts).
 */
export const SHORT_NAMES = [...OPERATION_IDS, ...CASE_NAMES.filter((name) => !readCase(name).refused)];

/** A short form as stored: the case's environment (a file path) becomes its literals. */
export const shortFor = (emitter: Emitter, name: string): string =>
  shortForm(emitter.id, programForName(name), CASE_NAMES.includes(name) ? readCase(name).env : {});

export const shortPath = (emitter: Emitter, name: string) => join(SNAPSHOTS, emitter.id, 'short', `${name}.${emitter.ext}`);

/** Every (language, short form) pair. */
export const SHORT_MATRIX = EMITTERS.flatMap((emitter) => SHORT_NAMES.map((name) => ({ emitter, name })));
