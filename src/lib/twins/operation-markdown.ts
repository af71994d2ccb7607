/**
 * @module An operation page's Markdown twin, from the spec like the page itself: method and URL,
 * description, parameters, request body, responses with schema and example, errors, and the samples
 * (the short form and the complete program) in all five languages, the same programs as the page.
 */
import type { Operation } from '../openapi/operations.ts';
import { schemaRows, type SchemaRow } from '../openapi/schema-rows.ts';
import type { OpenApiDocument, Schema } from '../openapi/types.ts';
import { mediaExample } from '../request.ts';
import { programForOperation } from '../samples/from-operation.ts';
import { EMITTERS } from '../snippets/index.ts';
import { shortForm } from '../snippets/short/index.ts';
import { code, fence, header, table } from './markdown-blocks.ts';

const schemaTable = (rows: SchemaRow[]) =>
  table(['Field', 'Type', 'Required', 'Details'], rows.map((r) => [
    code(r.path), r.type + (r.nullable ? ' or null' : ''), r.required ? 'yes' : 'no',
    [r.description ?? '', r.default !== undefined ? `Default ${code(r.default)}.` : '', r.enum ? `One of ${r.enum.map(code).join(', ')}.` : '', r.constraints.join(', '), r.assumed ? `Assumed: ${r.assumed}` : ''].filter(Boolean).join(' '),
  ]));

/** The samples of an operation, as the page shows them: the request alone, then the program. */
export function operationSamples(spec: OpenApiDocument, op: Operation): { label: string; lang: string; short: string; full: string }[] {
  const program = programForOperation(spec, op);
  return EMITTERS.map((e) => ({ label: e.label, lang: e.shiki, short: shortForm(e.id, program), full: e.generate(program) }));
}

export function operationMarkdown(spec: OpenApiDocument, op: Operation, absolute: (path: string) => string): string {
  const server = spec.servers[0]!.url;
  const parts = [header(op.object.summary).trim(), `${fence(`${op.method.toUpperCase()} ${server}${op.path}`, 'http')}`];
  if (op.object['x-inferred']) parts.push(`> **Inferred:** ${op.object['x-inferred']}`);
  if (op.object.description) parts.push(op.object.description.trim());
  parts.push(`## Authentication\n\nSend your public API key as \`Authorization: Bearer nr_…\`. See [Creating and revoking keys](${absolute('/help/using-the-api/')}#creating-a-public-api-key).`);
  for (const where of ['path', 'query'] as const) {
    const params = op.parameters.filter((p) => p.in === where);
    if (!params.length) continue;
    parts.push(`## ${where === 'path' ? 'Path' : 'Query'} parameters\n\n${table(['Name', 'Type', 'Required', 'Description'], params.map((p) => [code(p.name), String((p.schema as Schema | undefined)?.type ?? 'string'), p.required ? 'yes' : 'no', p.description ?? '']))}`);
  }
  const content = op.object.requestBody?.content ?? {};
  const body = (content['application/json'] ?? content['multipart/form-data'])?.schema;
  if (body) parts.push(`## Request body\n\n${content['multipart/form-data'] ? '`multipart/form-data`\n\n' : ''}${schemaTable(schemaRows(spec, body))}`);
  parts.push('## Responses');
  const entries = Object.entries(op.responses);
  for (const [status, response] of entries.filter(([s]) => s.startsWith('2'))) {
    const media = response.content?.['application/json'];
    parts.push(`### ${status}: ${response.description}`);
    parts.push(media?.schema ? schemaTable(schemaRows(spec, media.schema)) : 'No response body.');
    const example = mediaExample(media);
    if (example !== undefined) parts.push(fence(JSON.stringify(example, null, 2), 'json'));
  }
  const errors = entries.filter(([s]) => !s.startsWith('2'));
  if (errors.length) {
    parts.push('### Errors', table(['Status', 'Example', 'When'], errors.map(([status, response]) => {
      const example = mediaExample(response.content?.['application/json']) as { error?: string } | undefined;
      return [code(status), example?.error ? code(example.error) : '', response.description ?? ''];
    })));
  }
  parts.push('## Code samples', 'Each reads your key from `NAIRI_API_KEY` and the API address from `NAIRI_BASE_URL` (default: production).');
  for (const sample of operationSamples(spec, op)) parts.push(`### ${sample.label}\n\nThe request alone:\n\n${fence(sample.short, sample.lang)}\n\nThe complete program, with error handling:\n\n${fence(sample.full, sample.lang)}`);
  return `${parts.join('\n\n')}\n`;
}
