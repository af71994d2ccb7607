/**
 * @module Scheduled-job rules: 5-field cron at most once every 5 minutes (cron-parser does the
 * parsing), and IANA time zones (the runtime's Intl data decides what exists).
 */
import { CronExpressionParser } from 'cron-parser';

export const MIN_INTERVAL_MINUTES = 5;

/** Why a schedule is refused, or undefined when it is fine. */
export function scheduleProblem(schedule: string): string | undefined {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) return `schedule must have 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}`;
  let runs: number[];
  try {
    // Dense schedules repeat daily and sparse ones yearly; 2000 runs from late December cover both.
    const expression = CronExpressionParser.parse(schedule, { currentDate: new Date('2026-12-24T00:00:00Z'), tz: 'UTC' });
    runs = expression.take(2000).map((d) => d.getTime());
  } catch (error) {
    return `schedule is not a valid cron expression: ${(error as Error).message}`;
  }
  for (let i = 1; i < runs.length; i++) {
    if (runs[i]! - runs[i - 1]! < MIN_INTERVAL_MINUTES * 60_000) return `schedule must run at most once every ${MIN_INTERVAL_MINUTES} minutes`;
  }
  return undefined;
}

/** True for a time zone name the runtime knows, such as `Europe/Sofia` or `UTC`. */
export function isTimeZone(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
