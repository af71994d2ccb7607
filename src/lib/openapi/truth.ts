/**
 * @module What the spec knows from Nairi's documentation and what it does not. Operations marked
 * `x-inferred` and fields marked `x-assumed` were not read on a documented page; error examples
 * marked `x-illustrative` show the sandbox's wording. Pages show the marks, and a test keeps each
 * one explained in `openapi/NOTES.md` and every unmarked error string on the documented list.
 */
import { listOperations } from './operations.ts';
import type { OpenApiDocument } from './types.ts';

/**
 * The error strings Nairi's documentation gives word for word (N is a count, `...` a channel ID).
 * Only these may appear in an error example without the `x-illustrative` mark.
 */
export const DOCUMENTED_ERRORS: readonly RegExp[] = [
  /^cannot delete rule: still assigned to \d+ agent\(s\)$/,
  /^rule not found$/,
  /^cannot delete MCP config: still assigned to \d+ agent\(s\)$/,
  /^MCP config not found$/,
  /^cannot delete vault: still assigned to \d+ agent\(s\)$/,
  /^cannot delete vault: vault still contains \d+ secret\(s\)$/,
  /^vault not found$/,
  /^no fields to update$/,
  /^channel \S+ not found in organization$/,
];

export const isDocumentedError = (text: string) => DOCUMENTED_ERRORS.some((pattern) => pattern.test(text));

export interface SpecMark {
  kind: 'assumed' | 'inferred';
  /** How NOTES.md names it: `operationId`, `operationId.field` or `Schema.field`. */
  name: string;
  reason: string;
}

/** Every `x-assumed` and `x-inferred` mark in the spec, named as NOTES.md names it. */
export function specMarks(spec: OpenApiDocument): SpecMark[] {
  const marks: SpecMark[] = [];
  const walk = (node: unknown, owner: string, field: string | undefined) => {
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    for (const kind of ['assumed', 'inferred'] as const) {
      const reason = obj[`x-${kind}`];
      if (typeof reason === 'string') marks.push({ kind, name: field ? `${owner}.${field}` : owner, reason });
    }
    for (const [key, child] of Object.entries(obj)) {
      if (key === 'properties' && child && typeof child === 'object') {
        for (const [prop, schema] of Object.entries(child)) walk(schema, owner, prop);
      } else walk(child, owner, field);
    }
  };
  for (const op of listOperations(spec)) walk(op.object, op.id, undefined);
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) walk(schema, name, undefined);
  return marks;
}

export interface ErrorExample {
  /** Where it is: `operationId 404` or `components.responses.Name`. */
  where: string;
  text: string;
  illustrative: boolean;
}

type Media = { example?: { error?: string }; examples?: Record<string, { value?: { error?: string }; 'x-illustrative'?: boolean }>; 'x-illustrative'?: boolean };

/** The `error` text of every error-response example, with its illustrative mark (on the example or its media type). */
export function errorExamples(spec: OpenApiDocument): ErrorExample[] {
  const out: ErrorExample[] = [];
  const collect = (where: string, response: { content?: Record<string, Media> } | undefined) => {
    const media = response?.content?.['application/json'];
    if (!media) return;
    if (media.example?.error !== undefined) out.push({ where, text: media.example.error, illustrative: media['x-illustrative'] === true });
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      if (example.value?.error !== undefined) out.push({ where: `${where} ${name}`, text: example.value.error, illustrative: example['x-illustrative'] === true || media['x-illustrative'] === true });
    }
  };
  for (const op of listOperations(spec)) {
    for (const [status, response] of Object.entries<any>(op.object.responses)) if (!status.startsWith('2') && !response.$ref) collect(`${op.id} ${status}`, response);
  }
  for (const [name, response] of Object.entries<any>(spec.components?.responses ?? {})) collect(`components.responses.${name}`, response);
  return out;
}
