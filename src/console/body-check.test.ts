import { describe, expect, it } from 'vitest';
import { loadSpec } from '../lib/openapi/load.ts';
import { findOperation } from '../lib/openapi/operations.ts';
import { dereference } from '../lib/openapi/deref.ts';
import { checkBody } from './body-check.ts';

const spec = loadSpec();
const schemaOf = (id: string) => dereference(spec, findOperation(spec, id).object.requestBody!.content['application/json']!.schema!);

describe('checkBody', () => {
  const start = schemaOf('startConversation');

  it('accepts the spec example', () => {
    expect(checkBody('{"agent_id":"my-agent","prompt":"hi"}', start)).toBeUndefined();
  });

  it.each([
    ['{"agent_id": "a",', 'syntax', undefined],
    ['{"agent_id": "a"}', 'schema', 'prompt'],
    ['{"agent_id": "a", "prompt": "x", "ask_mode": "yes"}', 'schema', 'ask_mode'],
    ['{"agent_id": "a", "prompt": "x", "attachment_ids": ["bad"]}', 'schema', 'attachment_ids.0'],
    ['[]', 'schema', '(body)'],
  ])('%s → %s problem at %s', (text, kind, fieldName) => {
    const problem = checkBody(text, start);
    expect(problem?.kind).toBe(kind);
    if (fieldName) expect(problem).toMatchObject({ field: fieldName });
  });
});
