import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatRatio, markdownTable, median, ratio, targetCell } from './format.ts';

describe('median', () => {
  it('takes the middle value of an odd count, the mean of the middle two of an even one, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });

  it('leaves its input alone', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('divides, and has no value when a side is missing or the divisor is not positive', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(undefined, 2)).toBeUndefined();
    expect(ratio(3, undefined)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes times in ms, s or min and s', () => {
    expect(formatMs(849.6)).toBe('850 ms');
    expect(formatMs(1960)).toBe('1.96 s');
    expect(formatMs(169_000)).toBe('2 min 49 s');
  });

  it('writes sizes in 1024-based units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(31 * 1024 + 205)).toBe('31.2 KB');
    expect(formatBytes(38 * 1024 * 1024)).toBe('38.0 MB');
    expect(formatBytes(1.75 * 1024 ** 3)).toBe('1.75 GB');
  });

  it('writes ratios with two decimals', () => {
    expect(formatRatio(1.104)).toBe('1.10×');
  });
});

describe('targetCell', () => {
  const atMost = { op: '≤', limit: 1.3, label: '≤ 1.3× help' } as const;
  const under = { op: '<', limit: 150, label: '< 150 KB' } as const;

  it('says met or not met, with ≤ including the limit and < excluding it', () => {
    expect(targetCell(atMost, 1.3)).toBe('≤ 1.3× help: met');
    expect(targetCell(atMost, 1.31)).toBe('≤ 1.3× help: **not met**');
    expect(targetCell(under, 149)).toBe('< 150 KB: met');
    expect(targetCell(under, 150)).toBe('< 150 KB: **not met**');
  });

  it('says when there is no value, and is empty without a target', () => {
    expect(targetCell(under, undefined)).toBe('< 150 KB: not measured');
    expect(targetCell(undefined, 3)).toBe('');
  });
});

describe('markdownTable', () => {
  it('writes a header, a separator and the rows, escaping pipes in cells', () => {
    expect(markdownTable(['A', 'B'], [['1', 'x | y']])).toBe('| A | B |\n| --- | --- |\n| 1 | x \\| y |');
  });
});
