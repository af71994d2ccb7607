import { describe, expect, it } from 'vitest';
import { parentOf, rssOf, treePids, treeRss, type ProcReader } from './proc-tree.ts';

/** A made-up /proc: pid → [parent, RSS in kB, command name]. */
function fakeProc(table: Record<number, [number, number, string]>): ProcReader {
  return {
    pids: () => Object.keys(table).map(Number),
    stat: (pid) => (table[pid] ? `${pid} (${table[pid][2]}) S ${table[pid][0]} 1 1 0 -1` : undefined),
    status: (pid) => (table[pid] ? `Name:\t${table[pid][2]}\nVmPeak:\t 999999 kB\nVmRSS:\t ${table[pid][1]} kB\nThreads:\t4\n` : undefined),
  };
}

describe('parentOf and rssOf', () => {
  it('read the parent after the last parenthesis, whatever the command name holds', () => {
    expect(parentOf('42 (node) S 7 42 42 0 -1')).toBe(7);
    expect(parentOf('43 (a (b) c) R 42 43 0')).toBe(42);
  });

  it('read VmRSS in bytes, 0 when the line is missing (kernel threads, zombies)', () => {
    expect(rssOf('Name:\tpagefind\nVmRSS:\t   2048 kB\n')).toBe(2048 * 1024);
    expect(rssOf('Name:\tkthreadd\nState:\tS\n')).toBe(0);
  });
});

describe('treeRss', () => {
  const proc = fakeProc({
    1: [0, 5000, 'init'],
    100: [1, 1000, 'astro build'],
    101: [100, 300, 'pagefind'],
    102: [101, 20, 'sh (helper)'],
    103: [100, 50, 'esbuild'],
    200: [1, 9999, 'someone else'],
  });

  it('sums the root and every descendant, nothing else', () => {
    expect(treePids(proc, 100).sort()).toEqual([100, 101, 102, 103]);
    expect(treeRss(proc, 100)).toBe((1000 + 300 + 20 + 50) * 1024);
  });

  it('counts a process that vanished between listing and reading as nothing', () => {
    const racing: ProcReader = { ...proc, status: (pid) => (pid === 101 ? undefined : proc.status(pid)) };
    expect(treeRss(racing, 100)).toBe((1000 + 20 + 50) * 1024);
  });

  it('is 0 for a root that is gone', () => {
    expect(treeRss(proc, 999)).toBe(0);
  });
});
