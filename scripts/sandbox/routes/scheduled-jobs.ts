/** @module Scheduled jobs tag: cron and time zone rules, channel or agent per job type, `PATCH {}` refused. */
import { badRequest } from '../errors.ts';
import { hasPrefix, newId } from '../ids.ts';
import { isTimeZone, scheduleProblem } from '../schedule.ts';
import type { Store } from '../store.ts';
import type { Handlers } from '../types.ts';

/** Checks a job's fields together and returns the normalised target (channel or agent). */
function checkJob(store: Store, job: Record<string, any>) {
  const problem = scheduleProblem(job.schedule);
  if (problem) badRequest(problem);
  if (!isTimeZone(job.timezone)) badRequest(`timezone must be an IANA time zone name such as Europe/Sofia, got "${job.timezone}"`);
  if (job.job_type === 'app') {
    if (!job.agent_id) badRequest('agent_id is required when job_type is app');
    return { agent_id: store.agent(job.agent_id).id, connected_channel_id: null };
  }
  const channelId = job.connected_channel_id;
  if (!channelId) badRequest(`connected_channel_id is required when job_type is ${job.job_type}`);
  const channel = hasPrefix(channelId, 'cc') ? undefined : store.all('channels', (c) => c.channel_id === channelId)[0];
  if (!channel) badRequest(`channel ${channelId} not found in organization`);
  if (channel!.channel_type !== job.job_type) badRequest(`job_type ${job.job_type} does not match the channel's type ${channel!.channel_type}`);
  return { agent_id: null, connected_channel_id: channelId };
}

const FIELDS = ['schedule', 'timezone', 'prompt', 'connected_channel_id', 'agent_id', 'is_threaded', 'is_enabled'] as const;

export const scheduledJobs: Handlers = {
  listScheduledJobs(_req, { store }) {
    return { status: 200, body: store.all('scheduledJobs') };
  },
  createScheduledJob({ body }, { store }) {
    const target = checkJob(store, body);
    const at = store.now();
    const row = store.put('scheduledJobs', {
      id: newId('sj'), schedule: body.schedule, timezone: body.timezone, prompt: body.prompt, job_type: body.job_type, ...target,
      is_threaded: body.is_threaded ?? false, is_enabled: body.is_enabled ?? true, last_executed_at: at, created_at: at, updated_at: at,
    });
    return { status: 201, body: row };
  },
  getScheduledJob({ params }, { store }) {
    return { status: 200, body: store.get('scheduledJobs', params.job_id!) };
  },
  updateScheduledJob({ params, body }, { store }) {
    const row = store.get('scheduledJobs', params.job_id!);
    const changes = FIELDS.filter((k) => body[k] !== undefined);
    if (changes.length === 0) badRequest('no fields to update');
    const next = { ...row, ...Object.fromEntries(changes.map((k) => [k, body[k]])) };
    const at = store.now();
    // Re-enabling moves last_executed_at forward so the job does not fire at once.
    if (body.is_enabled === true && !row.is_enabled) next.last_executed_at = at;
    Object.assign(row, next, checkJob(store, next), { updated_at: at });
    return { status: 200, body: row };
  },
  deleteScheduledJob({ params }, { store }) {
    store.remove('scheduledJobs', store.get('scheduledJobs', params.job_id!).id);
    return { status: 204 };
  },
};
