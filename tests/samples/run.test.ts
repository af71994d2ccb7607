import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { findOperation } from '../../src/lib/openapi/operations.ts';
import { createValidator } from '../../src/lib/openapi/validator.ts';
import { FLOW_NAMES } from '../../src/lib/samples/flows.ts';
import { LANGUAGES } from '../../src/lib/snippets/index.ts';
import { startSandbox, type RunningSandbox } from '../sandbox/serve.ts';
import { readRecorded, type RecordedRequest } from '../../scripts/sandbox/record.ts';
import { KEY_LINE_BREAK } from '../../src/lib/snippets/plan.ts';
import { linkSamples, MULTICALL_BINARY, writeMultiCall } from './go-multicall.ts';
import { CASE_NAMES, OPERATION_IDS, readCase, SAMPLE_NAMES } from './stored.ts';
import { createWorkspace, GO_MODULE, goEnv, nodeEnv, type Workspace } from './workspace.ts';
import { canonicalJson } from './wire.ts';

const spec = loadSpec();
const validator = createValidator(spec);
let ws: Workspace;
let sandbox: RunningSandbox;
/** The strict sandbox's record of every request, as it arrived. */
let recordFile: string;

/** One link for every Go sample: bin/<name> is a symlink to the multi-call binary (go-multicall.ts). */
async function buildGo() {
  const goDir = join(ws.dir, 'go');
  const binDir = join(ws.dir, 'bin');
  writeMultiCall(goDir, GO_MODULE, SAMPLE_NAMES);
  mkdirSync(binDir);
  // -trimpath keeps the workspace's fresh path out of the build cache's keys, so unchanged samples are
  // not recompiled on every run; -s -w skip the debug tables (measured: 9.5 CPU-s → 1 with a warm cache).
  await promisify(execFile)('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', join(binDir, MULTICALL_BINARY), '.'], { cwd: goDir, env: goEnv(ws.dir) });
  linkSamples(binDir, SAMPLE_NAMES);
}

beforeAll(async () => {
  ws = createWorkspace();
  // The sandbox starts while Go builds; both settle before anything throws, so afterAll can stop it.
  recordFile = join(ws.dir, 'requests.jsonl');
  writeFileSync(recordFile, '');
  const results = await Promise.allSettled([startSandbox(['--reply-delay-ms', '200', '--strict', '--record', recordFile]).then((s) => { sandbox = s; }), buildGo()]);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
}, 300_000);
afterAll(() => {
  sandbox?.stop();
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
});

/** Runs one stored sample with the sandbox as its API; a fresh key means a fresh organization. */
async function runSample(lang: string, name: string, env: Record<string, string> = {}) {
  const file = ws.file(lang, name);
  const [cmd, args] = {
    bash: ['bash', [file]], typescript: [process.execPath, [file]], ruby: ['ruby', [file]], python: ['/usr/bin/python3', [file]], go: [join(ws.dir, 'bin', name), []],
  }[lang] as [string, string[]];
  const cache = lang === 'typescript' ? nodeEnv(ws.dir) : {};
  const fullEnv = { PATH: process.env.PATH!, HOME: process.env.HOME ?? ws.dir, ...cache, NAIRI_BASE_URL: sandbox.baseUrl, NAIRI_API_KEY: `nr_run_${lang}_${name}`, ...env };
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(cmd, args, { cwd: ws.dir, env: fullEnv, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Inputs a few operations need beyond the spec's examples (files to upload, where to save). */
const EXTRA_ENV: Record<string, (lang: string) => Record<string, string>> = {
  createSkill: () => ({ FILE_PATH: './new-skill.zip' }),
  updateSkill: () => ({ FILE_PATH: './pr-summary.skill' }),
  getAttachment: (lang) => ({ OUTPUT_PATH: `./download-${lang}.bin` }),
};

// Languages run side by side too: while one language's flows sleep between polls, the cores run the next.
describe.concurrent.each(LANGUAGES)('%s samples run against the sandbox', (lang) => {
  it.concurrent.each(OPERATION_IDS)('%s', async (id) => {
    const { code, stdout, stderr } = await runSample(lang, id, EXTRA_ENV[id]?.(lang));
    expect(stderr, `${lang} ${id}`).toBe('');
    expect(code).toBe(0);
    if (id === 'getAttachment') {
      expect(stdout.trim()).toBe(`Saved notes.txt to ./download-${lang}.bin`);
      expect(readFileSync(join(ws.dir, `download-${lang}.bin`), 'utf8')).toBe('hello world\n');
      return;
    }
    const op = findOperation(spec, id);
    const status = Number(Object.keys(op.responses).find((s) => s.startsWith('2')));
    if (status === 204) return expect(stdout.trim()).toBe('Done (204 No Content).');
    // The printed body is the API's success response: it must match the spec's schema.
    expect(validator.checkResponse(op, status, JSON.parse(stdout))).toEqual([]);
  });

  it.concurrent.each(FLOW_NAMES)('flow %s runs to completion', async (flow) => {
    const output = `./agent-file-${lang}.md`;
    const { code, stdout, stderr } = await runSample(lang, flow, { OUTPUT_PATH: output });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    if (flow !== 'drive-a-conversation') expect(stdout).toMatch(/^Deployed agent: cci_[0-9A-Z]{26}$/m);
    if (flow !== 'configure-and-deploy') {
      const replies = stdout.split('\n').filter((l) => l.startsWith('Agent: '));
      expect(replies).toHaveLength(2);
      expect(replies[0]).toContain('received your prompt: Customer cus_123 was charged twice');
      expect(replies[1]).toContain('received your prompt: Make the note shorter');
    }
    // The full example asks for a file and downloads the one the agent attached to its reply.
    if (flow === 'full-example') {
      expect(stdout).toContain(`Saved reply.md to ${output}`);
      expect(readFileSync(join(ws.dir, output), 'utf8')).toMatch(/^# Reply\n\n.*received your prompt: Put the final note in a file\.\n$/);
    }
  });

  // Each case is checked on the wire (the strict sandbox's record of what arrived), not only by its answer.
  it.concurrent.each(CASE_NAMES)('case %s arrives exactly as written', async (name) => {
    const c = readCase(name);
    const key = `nr_case_${lang}_${name}`;
    const { code, stdout, stderr } = await runSample(lang, name, { ...c.env, NAIRI_API_KEY: key });
    const sent = readRecorded(recordFile, key);
    if (c.refused) {
      expect(code).not.toBe(0);
      expect(stderr).toContain(c.refused);
      expect(sent, 'nothing is sent').toEqual([]);
      return;
    }
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(sent).toHaveLength(1);
    const [request] = sent as [RecordedRequest];
    const out = JSON.parse(stdout);
    if (c.body) {
      expect(canonicalJson(JSON.parse(Buffer.from(request.body, 'base64').toString()))).toBe(canonicalJson(c.body));
      // The answer echoes the fields the API knows.
      for (const [field, value] of Object.entries(c.body)) if (Object.hasOwn(out, field)) expect(out[field]).toEqual(value);
    }
    if (c.pathParams) {
      // Encoded here with the platform's own function, independent of the emitters' encoding.
      expect(request.path).toBe(`/api/public/v1${findOperation(spec, c.operationId).path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(c.pathParams![name])))}`);
      expect(out.agent_id).toBe(c.pathParams.agent_id);
    }
    if (c.query) {
      const received = new URLSearchParams(request.query);
      expect([...new Set(received.keys())]).toEqual([...new Set(c.query.map(([k]) => k))]);
      for (const [k, v] of c.query) expect(received.getAll(k)).toEqual((Array.isArray(v) ? v : [v]).map(String));
      const wanted = c.query.flatMap(([, v]) => (Array.isArray(v) ? v : [v]).map(String));
      expect([...new Set(out.map((m: { provider: string }) => m.provider))].sort()).toEqual(wanted.filter((p) => ['anthropic', 'opencode'].includes(p)).sort());
    }
    if (c.file) expect(Buffer.from(request.body, 'base64').toString()).toContain(c.file.text);
  });

  it.concurrent('a key with a line break is refused before any request', async () => {
    const key = `nr_run_${lang}_crlf\r\nX-Injected: 1`;
    const { code, stderr } = await runSample(lang, 'listAgents', { NAIRI_API_KEY: key });
    expect(code).not.toBe(0);
    expect(stderr).toContain(KEY_LINE_BREAK);
    expect(readRecorded(recordFile, key)).toEqual([]);
  });

  it.concurrent('a revoked key shows the API error and exits non-zero', async () => {
    const { code, stdout, stderr } = await runSample(lang, 'listAgents', { NAIRI_API_KEY: 'nr_revoked_example_key' });
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('Nairi API error 401 on GET /agents: invalid or revoked API key');
  });

  // Nairi's own client takes the bare host; every other run here passes the full base. The sandbox
  // answers nothing at the host root, so a sample that forgot the prefix (or kept the slash and
  // doubled it) gets a 404 and fails. apiBase's unit test covers the other spellings.
  it.concurrent('NAIRI_BASE_URL as the bare host (with a trailing slash) works', async () => {
    const { code, stdout, stderr } = await runSample(lang, 'getAgent', { NAIRI_BASE_URL: `${new URL(sandbox.baseUrl).origin}/` });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ agent_id: 'my-agent' });
  });

  it.concurrent('a missing key is explained before any request', async () => {
    const { code, stderr } = await runSample(lang, 'listAgents', { NAIRI_API_KEY: '' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('NAIRI_API_KEY');
  });
});
