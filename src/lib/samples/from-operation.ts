/** @module The sample program shown on an operation's page: one call built from the spec's examples. */
import type { Operation } from '../openapi/operations.ts';
import type { OpenApiDocument, Schema } from '../openapi/types.ts';
import { envName, fromOperation, varRef } from '../request.ts';
import type { Input, Program } from './program.ts';

/** Default local file for upload samples; the reader replaces it with their own. */
export const DEFAULT_UPLOAD = './notes.txt';
/** Skills take only a .zip or .skill archive: a text file as the default would be refused. */
export const DEFAULT_SKILL_UPLOAD = './my-skill.zip';

export function programForOperation(spec: OpenApiDocument, op: Operation): Program {
  const request = fromOperation(op);
  const inputs: Input[] = op.parameters
    .filter((p) => p.in === 'path')
    .map((p) => ({ name: envName(p.name), default: String(p.example ?? ''), description: p.description }));
  if (request.body?.kind === 'multipart') inputs.push({ name: 'FILE_PATH', default: op.tag === 'Skills' ? DEFAULT_SKILL_UPLOAD : DEFAULT_UPLOAD, description: 'The file to upload.' });
  const download = op.id === 'getAttachment';
  if (download) inputs.push({ name: 'OUTPUT_PATH', default: './attachment.bin', description: 'Where to write the downloaded file.' });
  const noContent = Object.keys(op.responses).includes('204');
  const success = Object.entries(op.object.responses).find(([status]) => status.startsWith('2'))?.[1] as { content?: Record<string, { schema?: Schema }> } | undefined;
  const responseSchema = success?.content?.['application/json']?.schema;
  return {
    id: op.id,
    title: op.object.summary,
    inputs,
    schemas: spec.components.schemas ?? {},
    steps: [{
      kind: 'call',
      request,
      save: [],
      noContent,
      ...(responseSchema ? { responseSchema } : {}),
      ...(download ? { saveFile: { field: 'data', to: varRef('OUTPUT_PATH') } } : { print: 'response' as const }),
    }],
  };
}
