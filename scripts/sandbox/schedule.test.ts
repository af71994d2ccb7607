import { describe, expect, it } from 'vitest';
import { isTimeZone, scheduleProblem } from './schedule.ts';

describe.each([
  ['0 9 * * *', undefined],
  ['*/5 * * * *', undefined],
  ['0 9 * * 1-5', undefined],
  ['30 0 1 1 *', undefined],
  ['* * * * *', 'at most once every 5 minutes'],
  ['*/2 * * * *', 'at most once every 5 minutes'],
  ['0,3 * * * *', 'at most once every 5 minutes'],
  ['58,1 * * * *', 'at most once every 5 minutes'],
  ['0,59 0,23 * * *', 'at most once every 5 minutes'],
  ['0 9 * *', 'must have 5 fields'],
  ['0 0 9 * * *', 'must have 5 fields'],
  ['@daily', 'must have 5 fields'],
  ['61 9 * * *', 'not a valid cron expression'],
  ['', 'must have 5 fields'],
])('scheduleProblem(%j)', (schedule, problem) => {
  it(problem ? `mentions "${problem}"` : 'is fine', () => {
    const result = scheduleProblem(schedule);
    if (problem) expect(result).toContain(problem);
    else expect(result).toBeUndefined();
  });
});

describe.each([
  ['UTC', true],
  ['Europe/Sofia', true],
  ['America/New_York', true],
  ['Mars/Olympus', false],
  ['EST', false],
  ['', false],
])('isTimeZone(%j)', (name, ok) => {
  it(`is ${ok}`, () => expect(isTimeZone(name)).toBe(ok));
});
