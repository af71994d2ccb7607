/**
 * The stored short forms, run as shown against the strict sandbox: one process per language runs
 * every form (short-workspace.ts), each with its own key, so each form meets a fresh organization
 * seeded with the spec's example IDs. Each form is then checked on the wire (exactly one request,
 * with the method, path, query and body the request model describes) and by what it printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyFingerprint, type RecordedRequest } from '../../scripts/sandbox/record.ts';
import { loadSpec } from '../../src/lib/openapi/load.ts';
import { findOperation } from '../../src/lib/openapi/operations.ts';
import { createValidator } from '../../src/lib/openapi/validator.ts';
import { resolveValue } from '../../src/lib/request.ts';
import { EMITTERS, LANGUAGES, type Language } from '../../src/lib/snippets/index.ts';
import { inputValues } from '../../src/lib/snippets/short/index.ts';
import { startSandbox, type RunningSandbox } from '../sandbox/serve.ts';
import { createShortWorkspace, MARKER_LINE, shortKey, type ShortWorkspace } from './short-workspace.ts';
import { CASE_NAMES, programForName, readCase, SHORT_NAMES, shortFor } from './stored.ts';
import { canonicalJson } from './wire.ts';

const spec = loadSpec();
const validator = createValidator(spec);
let ws: ShortWorkspace;
let sandbox: RunningSandbox;
let recordFile: string;

interface Run {
  code: number;
  /** What each form printed, by name. */
  stdout: Map<string, string>;
  stderr: Map<string, string>;
  /** Output before the first marker (a runner's own failure). */
  preamble: string;
}
const runs = new Map<Language, Promise<Run>>();
/** The record, read once after every runner has finished: requests by key fingerprint. */
const sentBy = new Map<string, RecordedRequest[]>();

/** Output split at the marker lines: the text after each form's marker, up to the next one. */
function split(text: string): { parts: Map<string, string>; preamble: string } {
  const parts = new Map<string, string>();
  const pieces = text.split(MARKER_LINE);
  for (let i = 1; i < pieces.length; i += 2) parts.set(pieces[i]!, pieces[i + 1]!.replace(/\n$/, ''));
  return { parts, preamble: pieces[0]!.trim() };
}

function runAll(lang: Language): Promise<Run> {
  const { cmd, args, env } = ws.command(lang);
  const fullEnv = { PATH: process.env.PATH!, HOME: process.env.HOME ?? ws.dir, ...env, NAIRI_BASE_URL: sandbox.baseUrl };
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: ws.dir, env: fullEnv, timeout: 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const out = split(stdout);
      const err = split(stderr);
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: out.parts, stderr: err.parts, preamble: `${out.preamble}${err.preamble}` });
    });
  });
}

beforeAll(async () => {
  ws = createShortWorkspace();
  recordFile = join(ws.dir, 'requests.jsonl');
  writeFileSync(recordFile, '');
  const started = await Promise.allSettled([startSandbox(['--strict', '--record', recordFile]).then((s) => { sandbox = s; }), ws.buildGo()]);
  for (const r of started) if (r.status === 'rejected') throw r.reason;
  // The five runners share the cores while each waits on the sandbox; the tests below read their output.
  for (const lang of LANGUAGES) runs.set(lang, runAll(lang));
  await Promise.all(runs.values());
  for (const line of readFileSync(recordFile, 'utf8').split('\n').filter(Boolean)) {
    const request = JSON.parse(line) as RecordedRequest;
    sentBy.set(request.key, [...(sentBy.get(request.key) ?? []), request]);
  }
}, 300_000);
afterAll(() => {
  sandbox?.stop();
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
});

/** What a form must send, from the request model with the platform's own encoding (the same in every language). */
const expected = memo(expectedFor);
function memo<T>(f: (name: string) => T): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => (seen.has(name) ? seen.get(name)! : (seen.set(name, f(name)), seen.get(name)!));
}
function expectedFor(name: string) {
  const program = programForName(name);
  const step = program.steps[0]!;
  const request = step.request;
  const values = inputValues(program, CASE_NAMES.includes(name) ? readCase(name).env : {});
  const lookup = (v: string) => values[v];
  const path = request.path.replace(/\{(\w+)\}/g, (_, p: string) => encodeURIComponent(String(resolveValue(request.pathParams[p]!, lookup))));
  const query = request.query.flatMap(([k, v]) => {
    const value = resolveValue(v, lookup);
    return (Array.isArray(value) ? value : [value]).map((item) => [k, String(item)]);
  });
  const body = request.body;
  return {
    op: findOperation(spec, request.operationId),
    method: request.method,
    path: `/api/public/v1${path}`,
    query,
    json: body?.kind === 'json' ? resolveValue(body.value, lookup) : undefined,
    upload: body?.kind === 'multipart' ? String(resolveValue(body.file, lookup)) : undefined,
  };
}

describe.each(LANGUAGES)('%s short forms run against the sandbox', (lang) => {
  it('one process runs them all, and it exits 0', async () => {
    const run = await runs.get(lang)!;
    expect(run.preamble).toBe('');
    expect(run.code).toBe(0);
    expect([...run.stdout.keys()]).toEqual(SHORT_NAMES);
  });

  it.each(SHORT_NAMES)('%s sends the one request of the model and prints the answer', async (name) => {
    const run = await runs.get(lang)!;
    expect(run.stderr.get(name), 'stderr').toBe('');
    const want = expected(name);
    const sent = sentBy.get(keyFingerprint(shortKey(lang, name))) ?? [];
    expect(sent).toHaveLength(1);
    const [request] = sent as [RecordedRequest];
    expect(request.method).toBe(want.method);
    expect(request.path).toBe(want.path);
    expect([...new URLSearchParams(request.query)]).toEqual(want.query);
    const body = Buffer.from(request.body, 'base64');
    if (want.json !== undefined) expect(canonicalJson(JSON.parse(body.toString()))).toBe(canonicalJson(want.json));
    if (want.upload) expect(body.includes(readFileSync(join(ws.dir, want.upload)))).toBe(true);
    const stdout = run.stdout.get(name) ?? '';
    const status = Number(Object.keys(want.op.responses).find((s) => s.startsWith('2')));
    if (status === 204) return expect(stdout.trim()).toBe('');
    const answer = JSON.parse(stdout);
    // The printed body is the API's success response: it must match the spec's schema.
    expect(validator.checkResponse(want.op, status, answer)).toEqual([]);
    // A hostile body comes back as sent, in the fields the API knows.
    if (CASE_NAMES.includes(name) && want.json && typeof want.json === 'object') {
      for (const [field, value] of Object.entries(want.json)) if (Object.hasOwn(answer, field)) expect(answer[field]).toEqual(value);
    }
  });
});

// Such a case has no stored short form: with the value shown as a literal there is no runtime check
// to refuse it, so the site build refuses it instead.
it.each(CASE_NAMES.filter((name) => readCase(name).refused))('case %s has no short form: generating it throws', (name) => {
  for (const emitter of EMITTERS) expect(() => shortFor(emitter, name)).toThrow(/refusing a short form/);
});
