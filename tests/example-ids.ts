/**
 * @module Checks that the spec's examples tell one story: an example ID always names the same thing,
 * so a reader who follows an ID from one example to another never lands on something else.
 */
import type { OpenApiDocument } from '../src/lib/openapi/types.ts';

export interface Example {
  /** `operationId status`, `operationId request` or `components…`. */
  where: string;
  value: unknown;
}

/** Fields that never change for a thing; two examples of one ID must agree on them. */
const IDENTITY = ['role', 'job_id', 'container_id', 'vault_id', 'entity_type', 'entity_id', 'env_key', 'job_type', 'channel_type'];

const mediaExamples = (where: string, content: Record<string, any> | undefined): Example[] =>
  Object.values(content ?? {}).flatMap((media: any) => [
    ...(media.example !== undefined ? [{ where, value: media.example }] : []),
    ...Object.entries<any>(media.examples ?? {}).map(([name, e]) => ({ where: `${where} ${name}`, value: e.value })),
  ]);

/** Every request and response example in the spec. */
export function examplesOf(spec: OpenApiDocument): Example[] {
  const out: Example[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values<any>(item)) {
      if (!op?.operationId) continue;
      out.push(...mediaExamples(`${op.operationId} request`, op.requestBody?.content));
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) out.push(...mediaExamples(`${op.operationId} ${status}`, response.content));
    }
  }
  return out;
}

function objects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => objects(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => objects(v, out));
  }
  return out;
}

/** Each way two examples disagree about what an ID names, as a sentence; empty when they agree. */
export function exampleIdClashes(examples: Example[]): string[] {
  const things = new Map<string, { where: string; obj: Record<string, unknown> }[]>();
  const turns: { where: string; job_id: unknown; message_id: string }[] = [];
  for (const { where, value } of examples) {
    for (const obj of objects(value)) {
      if (typeof obj.id === 'string') things.set(obj.id, [...(things.get(obj.id) ?? []), { where, obj }]);
      // A started turn ({job_id, message_id}) names the new user message of that conversation.
      if (typeof obj.message_id === 'string' && obj.id === undefined) turns.push({ where, job_id: obj.job_id, message_id: obj.message_id });
    }
  }
  const clashes: string[] = [];
  for (const [id, seen] of things) {
    for (const field of IDENTITY) {
      const values = new Set(seen.filter((s) => field in s.obj).map((s) => JSON.stringify(s.obj[field])));
      if (values.size > 1) clashes.push(`${id} has ${field} ${[...values].join(' and ')} (${seen.map((s) => s.where).join(', ')})`);
    }
  }
  for (const turn of turns) {
    for (const { where, obj } of things.get(turn.message_id) ?? []) {
      if (obj.role !== 'user' || obj.job_id !== turn.job_id) clashes.push(`${turn.message_id} is the new user message in ${turn.where} but a ${obj.role} message of ${obj.job_id} in ${where}`);
    }
  }
  const byMessage = new Map<string, Set<string>>();
  for (const turn of turns) byMessage.set(turn.message_id, (byMessage.get(turn.message_id) ?? new Set()).add(turn.where.split(' ')[0]!));
  for (const [id, ops] of byMessage) if (ops.size > 1) clashes.push(`${id} is the new message of ${[...ops].join(' and ')}: each call creates its own`);
  return clashes;
}
