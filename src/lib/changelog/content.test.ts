import { describe, expect, it } from 'vitest';
import { changelogFiles } from '../../../tests/changelog-entries.ts';
import { unknownOperationIds, unknownOperationMessage } from './operation-ids.ts';
import { changelogSchema } from './schema.ts';

const valid = { title: 'T', date: '2026-06-10', summary: 'One line.', operations: ['getAgent'] };

describe('changelog operation ids', () => {
  it('are checked against the spec', () => {
    expect(unknownOperationIds(['getAgent', 'listAgentConversation', 'listModels', 'nope'])).toEqual(['listAgentConversation', 'nope']);
  });

  it('name the nearest real operationId when one is mistyped', () => {
    expect(unknownOperationMessage('listAgentConversation')).toBe('"listAgentConversation" is not an operationId in openapi/nairi.v1.yaml (did you mean "listAgentConversations"?)');
  });

  it('make the schema refuse an entry that names an unknown operation, with that message', () => {
    const result = changelogSchema.safeParse({ ...valid, operations: ['getAgent', 'getAgnet'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([unknownOperationMessage('getAgnet')]);
  });

  it('leave a valid entry alone, its date read as UTC midnight', () => {
    expect(changelogSchema.parse(valid).date.toISOString()).toBe('2026-06-10T00:00:00.000Z');
    expect(changelogSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(changelogSchema.safeParse({ ...valid, summary: 'two\nlines' }).success).toBe(false);
  });
});

describe.each(changelogFiles().map((f) => [f.file, f] as const))('content/changelog/%s', (file, { frontmatter, body }) => {
  it('passes the collection schema: every operation it names exists', () => {
    const result = changelogSchema.safeParse(frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('is named after its date', () => {
    const date = changelogSchema.parse(frontmatter).date.toISOString().slice(0, 10);
    expect(file.startsWith(`${date}-`)).toBe(true);
  });

  // The feed and the Markdown twin reuse the body as written: no MDX syntax, no headings that would
  // nest under the page's own, and no root-relative links (they would be wrong outside the site).
  it('is plain Markdown the feed and the twin can reuse', () => {
    // Inside code spans, `{agent_id}` is literal text in MDX as in Markdown.
    const prose = body.replace(/`[^`\n]*`/g, '');
    expect(body).not.toMatch(/^(?:import|export)\s/m);
    expect(prose).not.toMatch(/<[A-Za-z]/);
    expect(prose).not.toMatch(/[{}]/);
    expect(body).not.toMatch(/^#/m);
    expect(body).not.toMatch(/\]\(\//);
  });
});
