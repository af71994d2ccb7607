import { describe, expect, it } from 'vitest';
import { loadSpec } from './load.ts';
import { findOperation } from './operations.ts';
import { schemaRows } from './schema-rows.ts';

const spec = loadSpec();
const bodyOf = (id: string) => findOperation(spec, id).object.requestBody!.content['application/json']!.schema!;

describe('schemaRows', () => {
  it('lists fields with requirement, defaults, limits and array items', () => {
    const rows = schemaRows(spec, bodyOf('startConversation'));
    expect(rows.map((r) => r.path)).toEqual(['agent_id', 'prompt', 'ask_mode', 'attachment_ids']);
    expect(rows.find((r) => r.path === 'ask_mode')).toMatchObject({ type: 'boolean', required: false, default: 'false' });
    expect(rows.find((r) => r.path === 'attachment_ids')).toMatchObject({ type: 'array of string', constraints: ['at most 10 items'] });
    expect(rows.find((r) => r.path === 'prompt')).toMatchObject({ required: true, constraints: ['min length 1'] });
  });

  it('follows $refs into nested arrays of objects and marks nullable fields', () => {
    const op = findOperation(spec, 'listConversationMessages');
    const rows = schemaRows(spec, op.responses['200']!.content!['application/json']!.schema!);
    expect(rows.map((r) => r.path)).toContain('messages[].role');
    expect(rows.find((r) => r.path === 'messages[].role')).toMatchObject({ depth: 2, enum: ['user', 'assistant', 'system', 'progress'] });
    const agent = schemaRows(spec, findOperation(spec, 'getAgent').responses['200']!.content!['application/json']!.schema!);
    expect(agent.find((r) => r.path === 'system_prompt')).toMatchObject({ type: 'string', nullable: true });
  });

  it('carries the reason a field is this site\'s assumption (x-assumed), and only for such fields', () => {
    const rows = schemaRows(spec, findOperation(spec, 'getSkill').responses['200']!.content!['application/json']!.schema!);
    expect(rows.find((r) => r.path === 'filename')?.assumed).toMatch(/not documented/i);
    expect(rows.find((r) => r.path === 'name')?.assumed).toBeUndefined();
  });
});
