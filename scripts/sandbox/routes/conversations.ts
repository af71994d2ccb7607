/**
 * @module Conversations tag. A prompt becomes a user message that goes `queued` → `pending` →
 * `completed` (or `failed`) on timers; the sandbox agent's progress updates appear while it works and
 * its reply when it completes (see src/lib/sandbox/turn.ts). A prompt containing `[fail]` fails the turn, with a
 * `system` message giving the reason; one asking for a file gets a reply with `attachment_ids`.
 */
import { badRequest } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { progressFields, sandboxTurn } from '../../../src/lib/sandbox/turn.ts';
import type { Handlers, SandboxContext } from '../types.ts';

function checkAttachments(store: Store, ids: string[] | undefined): void {
  for (const id of ids ?? []) if (!store.tables.attachments.has(id)) badRequest(`attachment ${id} not found in organization`);
}

/**
 * Adds a user message to a job and plays the agent's turn on timers: `pending` after a third of the
 * reply delay, the turn's progress updates spread over the middle, the reply (with its file, if the
 * prompt asked for one) at the end.
 */
function submitTurn(ctx: SandboxContext, job: Record<string, any>, prompt: string, attachmentIds?: string[]) {
  const { store, options } = ctx;
  const at = store.now();
  const message = store.put('messages', {
    id: newId('cmsg'), job_id: job.id, role: 'user', content: prompt, status: 'queued', created_at: at, updated_at: at,
    ...(attachmentIds?.length ? { attachment_ids: attachmentIds } : {}),
  });
  job.updated_at = at;
  const agent = store.get('agents', job.agent_id);
  const turn = sandboxTurn(agent.name, prompt, job.id);
  const step = (fraction: number, run: () => void) => setTimeout(run, options.replyDelayMs * fraction).unref();
  const post = (fields: Record<string, unknown>) => {
    const now = store.now();
    store.put('messages', { id: newId('cmsg'), job_id: job.id, status: 'completed', created_at: now, updated_at: now, ...fields });
  };
  step(1 / 3, () => Object.assign(message, { status: 'pending', updated_at: store.now() }));
  const failed = prompt.includes('[fail]');
  if (!failed) {
    turn.progress.forEach((envelope, i) => step(0.4 + (0.5 * i) / turn.progress.length, () => post({ role: 'progress', content: JSON.stringify(envelope), ...progressFields(envelope) })));
  }
  step(1, () => {
    const done = store.now();
    Object.assign(message, { status: failed ? 'failed' : 'completed', updated_at: done });
    job.updated_at = done;
    if (failed) return post({ role: 'system', content: 'nairid encountered error: the sandbox was asked to fail this turn' });
    const file = turn.file && store.put('attachments', {
      id: newId('att'), filename: turn.file.filename, content_type: turn.file.content_type,
      size_bytes: Buffer.byteLength(turn.file.text), data: Buffer.from(turn.file.text).toString('base64'), created_at: done,
    });
    post({
      role: 'assistant', content: turn.reply, ...(file ? { attachment_ids: [file.id] } : {}),
      model: 'claude-opus-4-7', cost_usd: 0.0012345678, input_tokens: 42 + prompt.length, output_tokens: 64, cache_read_tokens: 0, cache_write_tokens: 0,
    });
  });
  return message;
}

const SORTS: Record<string, (a: any, b: any) => number> = {
  created_at_asc: (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
  created_at_desc: (a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id),
  updated_at_asc: (a, b) => a.updated_at.localeCompare(b.updated_at) || a.id.localeCompare(b.id),
  updated_at_desc: (a, b) => b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id),
};

export const conversations: Handlers = {
  startConversation({ body }, ctx) {
    const agent = ctx.store.agent(body.agent_id);
    checkAttachments(ctx.store, body.attachment_ids);
    const at = ctx.store.now();
    const job = ctx.store.put('jobs', { id: newId('job'), agent_id: agent.id, status: 'active', source: 'api', ask_mode: body.ask_mode ?? false, created_at: at, updated_at: at });
    const message = submitTurn(ctx, job, body.prompt, body.attachment_ids);
    return { status: 202, body: { job_id: job.id, message_id: message.id } };
  },
  continueConversation({ params, body }, ctx) {
    const job = ctx.store.get('jobs', params.job_id!);
    if (job.source !== 'api') badRequest('conversation was not started through the API and cannot be continued here');
    checkAttachments(ctx.store, body.attachment_ids);
    const message = submitTurn(ctx, job, body.prompt, body.attachment_ids);
    return { status: 202, body: { job_id: job.id, message_id: message.id } };
  },
  listConversationMessages({ params }, { store }) {
    const job = store.get('jobs', params.job_id!);
    const messages = store.all('messages', (m) => m.job_id === job.id).sort((a, b) => a.id.localeCompare(b.id));
    return { status: 200, body: { messages } };
  },
  getMessage({ params }, { store }) {
    return { status: 200, body: store.get('messages', params.message_id!) };
  },
  listAgentConversations({ params, query }, { store }) {
    const agent = store.agent(params.agent_id!);
    const statuses = typeof query.status === 'string' ? query.status.split(',') : undefined;
    const after = typeof query.updated_after === 'string' ? Date.parse(query.updated_after) : undefined;
    const limit = (query.limit as number | undefined) ?? 50;
    const offset = (query.offset as number | undefined) ?? 0;
    const rows = store
      .all('jobs', (j) => j.agent_id === agent.id && (!statuses || statuses.includes(j.status)) && (after === undefined || Date.parse(j.updated_at) > after))
      .sort(SORTS[(query.sort as string | undefined) ?? 'created_at_desc'])
      .slice(offset, offset + limit)
      .map(({ ask_mode: _askMode, ...job }) => job);
    return { status: 200, body: { conversations: rows } };
  },
};
