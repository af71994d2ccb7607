/**
 * @module Checks the console's JSON body before sending: first that it parses, then that it matches
 * the operation's schema (with @cfworker/json-schema, which needs no eval, so it runs under our CSP).
 * The message names the field; the text the user typed is never changed.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';

export type BodyProblem = { kind: 'syntax'; message: string } | { kind: 'schema'; field: string; message: string };

function field(unit: OutputUnit): string {
  return unit.instanceLocation.replace(/^#\/?/, '').split('/').filter(Boolean).join('.') || '(body)';
}

/** The first problem with `text` against `schema`, or undefined when it may be sent. */
export function checkBody(text: string, schema: object): BodyProblem | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'syntax', message: (error as Error).message };
  }
  const result = new Validator(schema as never, '2020-12', false).validate(value);
  if (result.valid) return undefined;
  // The most specific error is the deepest one that is not a summary of others.
  const errors = result.errors.filter((e) => !/^(properties|allOf|\$ref|items)$/.test(e.keyword));
  const unit = errors.at(-1) ?? result.errors[0]!;
  const required = /Instance does not have required property "([^"]+)"/.exec(unit.error);
  if (required) return { kind: 'schema', field: [field(unit), required[1]].filter((f) => f !== '(body)').join('.'), message: 'is required' };
  return { kind: 'schema', field: field(unit), message: unit.error.replace(/^Instance /, '').replace(/\.$/, '') };
}
