/**
 * @module Peak memory of a whole process tree, read from /proc. `astro build` is one Node process,
 * but Pagefind indexes in a binary of its own that it starts, so the figure that matters is the sum
 * over the build and every descendant alive at the same moment, sampled often enough to catch the
 * peak (every 100 ms by default). Linux only: elsewhere the sampler reports nothing.
 *
 * The parsing and summing take a `ProcReader`, so tests can hand them a made-up /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** What the sampler needs from /proc; a reader returns undefined for a process that is gone. */
export interface ProcReader {
  /** Every process id there is right now. */
  pids(): number[];
  /** The text of /proc/<pid>/stat. */
  stat(pid: number): string | undefined;
  /** The text of /proc/<pid>/status. */
  status(pid: number): string | undefined;
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/** The real /proc. */
export const linuxProc: ProcReader = {
  pids: () => {
    try {
      return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    } catch {
      return [];
    }
  },
  stat: (pid) => read(`/proc/${pid}/stat`),
  status: (pid) => read(`/proc/${pid}/status`),
};

/**
 * Parent id from a stat line: `pid (comm) state ppid …`. The command name may hold spaces and
 * parentheses, so the fields are counted from the last `)`.
 */
export function parentOf(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Resident memory in bytes from a status file's `VmRSS:  1234 kB` line (0 for a kernel thread or zombie). */
export function rssOf(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** `root` and all its descendants alive now. */
export function treePids(proc: ProcReader, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of proc.pids()) {
    const stat = proc.stat(pid);
    const parent = stat === undefined ? undefined : parentOf(stat);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (found.includes(pid)) continue;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Summed resident memory of `root` and its descendants, in bytes. */
export function treeRss(proc: ProcReader, root: number): number {
  return treePids(proc, root).reduce((sum, pid) => {
    const status = proc.status(pid);
    return sum + (status === undefined ? 0 : rssOf(status));
  }, 0);
}

/** Samples the tree under `root` every `intervalMs` until stopped; `stop()` returns the largest sum seen. */
export function samplePeakRss(root: number, intervalMs = 100, proc: ProcReader = linuxProc) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(proc, root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): number {
      clearInterval(timer);
      return peak;
    },
  };
}
