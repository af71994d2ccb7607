/**
 * @module What developers type into search and the pages that answer them (e2e/search.spec.ts).
 *
 * `ISSUE` is the list from issue 13. `HELD_OUT` was written down before any search weighting
 * changed and was never used to pick a weight: it checks that the ranking holds for queries nobody
 * tuned for. Add to it; never change an entry's query or pages to make it pass.
 *
 * Pagefind returns only pages that hold every word of the query (or a word starting with it), so no
 * weighting can rank a page that lacks one of the words. Such a miss is a `gap`: reported, not
 * asserted, until the page itself says it in words a reader would use.
 */

export interface SearchCase {
  query: string;
  /** Any of these paths in the top 3 answers the query; a trailing `/` is part of each path. */
  expect: string[];
  /** Accept any page whose path starts with one of `expect` (a whole section answers the query). */
  prefix?: boolean;
  /** Why the page cannot be found yet: a query word it does not contain. The test fails once it is found. */
  gap?: string;
}

export const ISSUE: SearchCase[] = [
  { query: 'rotate API key', expect: ['/help/using-the-api/'] },
  { query: 'agent key nairid', expect: ['/help/self-hosting/'] },
  { query: 'poll message status', expect: ['/api/conversations/get-message/'] },
  { query: 'redeploy without restart', expect: ['/api/agents/deploy/'] },
  { query: 'list conversations of an agent', expect: ['/api/conversations/list-for-agent/'] },
  { query: 'download file produced by agent', expect: ['/api/attachments/get/'] },
  { query: 'github repositories', expect: ['/api/integrations/list-github-repos/'] },
  { query: 'ask mode', expect: ['/api/conversations/start/'] },
  { query: 'rename agent', expect: ['/api/agents/update/'] },
  { query: 'mcp server sensitive headers', expect: ['/api/mcp-configs/create/'] },
  { query: 'rule markdown content', expect: ['/api/rules/create/'] },
  {
    query: 'slack channel default agent',
    expect: ['/api/channels/', '/api/connected-channels/', '/help/communicating-with-agents/slack-and-discord/'],
    prefix: true,
  },
  { query: 'skill archive folders', expect: ['/api/skills/create/', '/api/skills/package-requirements/'] },
  { query: 'message cost tokens', expect: ['/api/conversations/get-message/', '/api/conversations/message-reference/'] },
  { query: '401 unauthorized', expect: ['/api/', '/help/using-the-api/'] },
];

export const HELD_OUT: SearchCase[] = [
  { query: 'delete vault secret', expect: ['/api/vault-secrets/delete/'] },
  { query: 'cron time zone', expect: ['/api/scheduled-jobs/schedule-rules/', '/help/scheduled-jobs/'] },
  {
    query: 'upload attachment size limit',
    expect: ['/api/attachments/upload/'],
    gap: 'no page has all four words; the upload page says "at most 50 MB", never "limit"',
  },
  { query: 'change env var value', expect: ['/api/env-vars/update/'] },
  { query: 'attach skill to agent', expect: ['/api/agent-resources/assign/', '/help/skills/'] },
  { query: 'secret encryption at rest', expect: ['/help/vaults/security-model/'] },
  { query: 'discord bot permissions', expect: ['/help/integrations/discord/'] },
  {
    query: 'list available models',
    expect: ['/api/models/list/'],
    gap: 'the List models page never says "available"; only the Models guide does',
  },
];

/** Whether `path` (a result's path, base removed) answers `c`. */
export function answers(c: SearchCase, path: string): boolean {
  return c.expect.some((e) => (c.prefix ? path.startsWith(e) : path === e));
}
