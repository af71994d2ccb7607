import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './stored.ts';
import { createWorkspace, goEnv, type Workspace } from './workspace.ts';

let ws: Workspace;
beforeAll(() => {
  ws = createWorkspace();
});
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string, env = process.env) => {
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ?? ''}` };
};
const files = (lang: string, ext: string) => readdirSync(join(ws.dir, lang)).filter((f) => f.endsWith(ext));

describe('every stored sample passes its language\'s static check', () => {
  it('bash -n', () => {
    const failures = files('bash', '.sh').map((f) => ({ f, ...run('bash', ['-n', f], join(ws.dir, 'bash')) })).filter((r) => r.status !== 0);
    expect(failures).toEqual([]);
  });

  it('TypeScript type check (tsc --strict --noUnusedLocals)', () => {
    const result = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], join(ws.dir, 'typescript'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('ruby -c', () => {
    const failures = files('ruby', '.rb').map((f) => ({ f, ...run('ruby', ['-c', f], join(ws.dir, 'ruby')) })).filter((r) => r.status !== 0);
    expect(failures).toEqual([]);
  });

  it('python3 -m py_compile', () => {
    const result = run('/usr/bin/python3', ['-m', 'py_compile', ...files('python', '.py')], join(ws.dir, 'python'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('go vet', () => {
    const result = run('go', ['vet', './...'], join(ws.dir, 'go'), goEnv(ws.dir));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});
