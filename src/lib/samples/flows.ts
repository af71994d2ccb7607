/**
 * @module Quickstart flows: `content/flows/<name>.yaml` is the only description of each multi-step
 * sample. The schema is zod (shared with the content collection); building a flow checks every
 * operation, field and variable against the spec, so a flow cannot drift from the API.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { OpenApiDocument, Schema } from '../openapi/types.ts';
import { findOperation, resolveRef } from '../openapi/operations.ts';
import { requestVars, varRef, type Value } from '../request.ts';
import { programForOperation } from './from-operation.ts';
import { setsVars, type Program, type Save, type Step } from './program.ts';
import { scalarType, schemaAt, successSchema } from './schema-types.ts';

export const FLOW_NAMES = ['configure-and-deploy', 'drive-a-conversation', 'full-example'] as const;
export type FlowName = (typeof FLOW_NAMES)[number];

const VarName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/);
/** A top-level field, or `field` of the last item of array `last` matching `where` (`item`: that element of an array field). */
const SaveSchema = z.union([z.string(), z.object({ last: z.string(), where: z.record(z.string(), z.string()), field: z.string(), item: z.number().int().min(0).optional() }).strict()]);

export const FlowStepSchema = z.object({
  title: z.string(),
  prose: z.string(),
  call: z.string().optional(),
  poll: z.string().optional(),
  params: z.record(z.string(), z.any()).default({}),
  query: z.record(z.string(), z.any()).default({}),
  body: z.any().optional(),
  file: z.any().optional(),
  save: z.record(VarName, SaveSchema).default({}),
  print: z.object({ var: VarName, label: z.string() }).optional(),
  until: z.object({ field: z.string(), in: z.array(z.string()).min(1), fail_when: z.string().optional(), save_as: VarName }).optional(),
}).refine((s) => Boolean(s.call) !== Boolean(s.poll), 'a step has either `call` or `poll`')
  .refine((s) => !s.poll || s.until, 'a `poll` step needs `until`');

export const FlowSchema = z.object({
  title: z.string(),
  description: z.string(),
  inputs: z.array(z.object({ name: VarName, default: z.string(), description: z.string() })).default([]),
  steps: z.array(FlowStepSchema).default([]),
  /** Other flows whose inputs and steps come first, in order. */
  include: z.array(z.enum(FLOW_NAMES)).default([]),
});
export type Flow = z.infer<typeof FlowSchema>;

const FLOWS_DIR = new URL('../../../content/flows/', import.meta.url);

/** Reads and validates a flow file. */
export function loadFlow(name: FlowName): Flow {
  const raw = parse(readFileSync(new URL(`${name}.yaml`, FLOWS_DIR), 'utf8'));
  const result = FlowSchema.safeParse(raw);
  if (!result.success) throw new Error(`content/flows/${name}.yaml: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * A flow file's values with each `{ var: NAME }` made a variable reference. Only flow files (our own
 * source) are read this way; a request body from anywhere else stays data.
 */
function withVars(value: unknown): Value {
  if (Array.isArray(value)) return value.map(withVars);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === 'var' && typeof entries[0]![1] === 'string') return varRef(entries[0]![1]);
    return Object.fromEntries(entries.map(([k, v]) => [k, withVars(v)]));
  }
  return value as Value;
}

function buildStep(spec: OpenApiDocument, flow: string, raw: Flow['steps'][number]): Step {
  const op = findOperation(spec, (raw.call ?? raw.poll)!);
  const base = programForOperation(spec, op).steps[0]!;
  if (base.kind !== 'call') throw new Error('unreachable');
  const request = { ...base.request, pathParams: withVars(raw.params) as Record<string, Value>, query: Object.entries(raw.query).map(([k, v]): [string, Value] => [k, withVars(v)]) };
  if (raw.body !== undefined) request.body = { kind: 'json', value: withVars(raw.body) };
  else if (request.body?.kind === 'json') delete request.body;
  if (raw.file !== undefined) request.body = { kind: 'multipart', field: 'file', file: withVars(raw.file) };
  const where = `${flow}: ${raw.title}`;
  const response = successSchema(spec, op);
  if (raw.poll) {
    const until = raw.until!;
    scalarType(schemaAt(spec, response, [until.field], where), where);
    return { kind: 'poll', title: raw.title, prose: raw.prose, request, field: until.field, until: until.in, failOn: until.fail_when, saveAs: until.save_as, intervalSeconds: 2, timeoutSeconds: 120 };
  }
  const save: Save[] = Object.entries(raw.save).map(([name, rule]) => {
    if (typeof rule === 'string') {
      if (rule.includes('.')) throw new Error(`${where}: save top-level fields only (got ${rule})`);
      return { var: name, path: [rule], type: scalarType(schemaAt(spec, response, [rule], where), where) };
    }
    const item = schemaAt(spec, response, [rule.last], where);
    for (const key of Object.keys(rule.where)) schemaAt(spec, item, [key], where);
    let field = schemaAt(spec, item, [rule.field], where);
    if (rule.item !== undefined) {
      if (field.type !== 'array') throw new Error(`${where}: \`item\` needs an array field, and ${rule.field} is not one`);
      field = resolveRef<Schema>(spec, field.items);
    }
    return { var: name, ...rule, type: scalarType(field, where) };
  });
  // A download keeps its file (the operation's own sample writes it to OUTPUT_PATH), never a print.
  const output = base.saveFile ? { saveFile: base.saveFile } : raw.print ? { print: raw.print } : {};
  return { kind: 'call', title: raw.title, prose: raw.prose, request, save, noContent: base.noContent, ...output };
}

/** Builds a flow into a Program, checking that every variable is set before it is read and read after it is set. */
export function programForFlow(spec: OpenApiDocument, name: FlowName): Program {
  const flow = loadFlow(name);
  const parts = [...flow.include.map((n) => ({ name: n, flow: loadFlow(n) })), { name, flow }];
  const steps = parts.flatMap((p) => p.flow.steps.map((s) => buildStep(spec, p.name, s)));
  const saved = new Set(steps.flatMap(setsVars));
  const inputs = parts.flatMap((p) => p.flow.inputs).filter((i) => !saved.has(i.name));
  const known = new Set(inputs.map((i) => i.name));
  const used = new Set<string>();
  for (const step of steps) {
    for (const v of requestVars(step.request)) {
      if (!known.has(v)) throw new Error(`${name}: "${step.title}" reads ${v} before any step sets it`);
      used.add(v);
    }
    if (step.kind === 'call' && typeof step.print === 'object') used.add(step.print.var);
    if (step.kind === 'poll' && step.failOn) used.add(step.saveAs);
    setsVars(step).forEach((v) => known.add(v));
  }
  const unused = [...saved].filter((v) => !used.has(v));
  if (unused.length) throw new Error(`${name}: saved but never used: ${unused.join(', ')} (Go rejects unused variables)`);
  return { id: name, title: flow.title, inputs, steps, schemas: spec.components.schemas ?? {} };
}
