/**
 * @module A sample program: inputs read from the environment and steps that call the API. Both a
 * single operation's sample and a multi-step quickstart flow become a Program; one emitter per
 * language turns a Program into source code.
 */
import type { Schema } from '../openapi/types.ts';
import type { RequestModel, VarRef } from '../request.ts';

/** A value the program reads from the environment, with the default it falls back to. */
export interface Input {
  /** Environment variable and program variable name, UPPER_SNAKE. */
  name: string;
  default: string;
  description?: string;
}

/** Scalar JSON types a saved value can have (from the response schema). */
export type ScalarType = 'string' | 'number' | 'integer' | 'boolean';

/** How a step keeps a value from its response. */
export type Save =
  | { var: string; path: string[]; type: ScalarType }
  /** The `field` of the last item of the array `last` whose fields equal `where`; with `item`, that element of the array `field`. */
  | { var: string; last: string; where: Record<string, string>; field: string; item?: number; type: ScalarType };

export interface CallStep {
  kind: 'call';
  title?: string;
  prose?: string;
  request: RequestModel;
  save: Save[];
  /** `response`: print the whole JSON body (or that it succeeded, for a 204). */
  print?: 'response' | { var: string; label: string };
  /** Decode a base64 field of the response into a file. */
  saveFile?: { field: string; to: VarRef };
  /** Whether the success response has no body. */
  noContent: boolean;
  /** JSON schema of the success response (may hold `$ref`s into `Program.schemas`). */
  responseSchema?: Schema;
}

export interface PollStep {
  kind: 'poll';
  title?: string;
  prose?: string;
  request: RequestModel;
  /** The response field to watch and its final values. */
  field: string;
  until: string[];
  /** Final value that means failure: the program stops with an error. */
  failOn?: string;
  /** The watched field's value is kept in this variable. */
  saveAs: string;
  intervalSeconds: number;
  timeoutSeconds: number;
}

export type Step = CallStep | PollStep;

export interface Program {
  /** operationId or flow name. */
  id: string;
  title: string;
  inputs: Input[];
  steps: Step[];
  /** The spec's component schemas, for emitters that declare response types. */
  schemas: Record<string, Schema>;
}

/** Variables a step sets, in order. */
export function setsVars(step: Step): string[] {
  return step.kind === 'poll' ? [step.saveAs] : step.save.map((s) => s.var);
}

/** Language-neutral name parts: `message_id` and `MESSAGE_ID` → ['message', 'id']. */
export const nameParts = (name: string) => name.split('_').filter(Boolean).map((p) => p.toLowerCase());
