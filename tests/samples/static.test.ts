import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './stored.ts';
import { createWorkspace, goEnv, type Workspace } from './workspace.ts';

let ws: Workspace;
beforeAll(() => {
  ws = createWorkspace();
});
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

/** Exit status and output of a command; asynchronous, so the five checks can share the cores. */
const run = (cmd: string, args: string[], cwd: string, env = process.env) => new Promise<{ status: number | null; output: string }>((resolve) => {
  const child = spawn(cmd, args, { cwd, env, timeout: 240_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  // As spawnSync did: stdout, then stderr, then why the command could not run at all.
  child.on('error', (error) => resolve({ status: null, output: `${stdout}${stderr}${error}` }));
  child.on('close', (status) => resolve({ status, output: `${stdout}${stderr}` }));
});
/** Runs `check` on each file in turn and keeps the ones that fail. */
const failing = async (fileNames: string[], check: (f: string) => ReturnType<typeof run>) => {
  const failures = [];
  for (const f of fileNames) {
    const result = await check(f);
    if (result.status !== 0) failures.push({ f, ...result });
  }
  return failures;
};
const files = (lang: string, ext: string) => readdirSync(join(ws.dir, lang)).filter((f) => f.endsWith(ext));

// Each check is one slow tool (go vet, tsc) or a loop of quick ones: side by side they use both cores.
describe.concurrent('every stored sample passes its language\'s static check', () => {
  it('bash -n', async () => {
    const failures = await failing(files('bash', '.sh'), (f) => run('bash', ['-n', f], join(ws.dir, 'bash')));
    expect(failures).toEqual([]);
  });

  it('TypeScript type check (tsc --strict --noUnusedLocals)', async () => {
    const result = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], join(ws.dir, 'typescript'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  // One interpreter compiles every file (what `ruby -c` does to one): 63 Ruby start-ups cost 2 CPU-seconds.
  // RubyGems is not loaded: compiling requires nothing.
  it('ruby syntax (compile every file)', async () => {
    // SyntaxError is a ScriptError, which a bare `rescue` does not catch.
    const script = 'bad = ARGV.reject { |f| begin; RubyVM::InstructionSequence.compile_file(f); rescue SyntaxError => e; warn e.message; end }; exit(bad.empty? ? 0 : 1)';
    const result = await run('ruby', ['--disable-gems', '-e', script, ...files('ruby', '.rb')], join(ws.dir, 'ruby'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('python3 -m py_compile', async () => {
    const result = await run('/usr/bin/python3', ['-m', 'py_compile', ...files('python', '.py')], join(ws.dir, 'python'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('go vet', async () => {
    const result = await run('go', ['vet', './...'], join(ws.dir, 'go'), goEnv(ws.dir));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});
