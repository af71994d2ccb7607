/**
 * @module `npm run mutations`: removes each hostile-input protection in turn, regenerates the stored
 * samples from the weakened emitters, runs the case that guards the protection, and reports whether
 * it went red. The source and the stored samples are restored after each one, and on any failure.
 * Not part of `npm test`: every mutation regenerates samples and reruns them (about 20 s each).
 *
 *   npm run mutations            every mutation
 *   npm run mutations -- shell   only those whose name contains "shell"
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

interface Mutation {
  /** The protection removed. */
  name: string;
  edits: { file: string; find: string; replace: string }[];
  /** Vitest name filter for the guarding case(s) in `test`. */
  guard: string;
  /** The test file the guard is in; tests/samples/run.test.ts unless given. */
  test?: string;
}

const literals = 'src/lib/snippets/literals.ts';
const SHORT = 'tests/samples/short.test.ts';
const MUTATIONS: Mutation[] = [
  { name: 'path encoding (all languages)', edits: [{ file: 'src/lib/request.ts', find: 'export const encodePathSegment = (value: string) => encodeURIComponent(value);', replace: 'export const encodePathSegment = (value: string) => value;' }], guard: 'case path-slug-with-slash' },
  { name: 'path encoding, caught by the strict sandbox alone (the wire check removed)', guard: '^typescript samples .*case path-slug-with-slash', edits: [
    { file: 'src/lib/request.ts', find: 'export const encodePathSegment = (value: string) => encodeURIComponent(value);', replace: 'export const encodePathSegment = (value: string) => value;' },
    { file: 'tests/samples/run.test.ts', find: "      expect(request.path).toBe(`/api/public/v1${findOperation(spec, c.operationId).path.replace(/\\{(\\w+)\\}/g, (_, name: string) => encodeURIComponent(String(c.pathParams![name])))}`);\n", replace: '' },
  ] },
  { name: 'query encoding (bash --data-urlencode)', edits: [{ file: 'src/lib/snippets/bash.ts', find: '`--data-urlencode ${shellQuote(`${key}=${queryText(value)}`)}`', replace: '`--data ${shellQuote(`${key}=${queryText(value)}`)}`' }], guard: '^bash samples .*case query-hostile' },
  { name: 'query values as text (Python booleans)', edits: [{ file: 'src/lib/snippets/python.ts', find: '${isVar(v) ? snake(v.var) : pythonString(queryText(v))}', replace: '${writeValue(v, style, indent)}' }], guard: '^python samples .*case query-hostile' },
  { name: 'shell quoting (shellQuote)', edits: [{ file: literals, find: "return `'${s.replace(/'/g, `'\\\\''`)}'`;", replace: "return `'${s}'`;" }], guard: '^bash samples .*case json-body-hostile' },
  { name: 'TypeScript strings (tsString)', edits: [{ file: literals, find: 'export const tsString = (s: string) => JSON.stringify(s);', replace: 'export const tsString = (s: string) => `"${s}"`;' }], guard: '^typescript samples .*case json-body-hostile' },
  { name: 'Python strings (pythonString)', edits: [{ file: literals, find: 'export const pythonString = (s: string) => JSON.stringify(s);', replace: 'export const pythonString = (s: string) => `"${s}"`;' }], guard: '^python samples .*case json-body-hostile' },
  { name: 'Ruby strings: `#` escaped (rubyString)', edits: [{ file: literals, find: "JSON.stringify(s).replace(/#/g, '\\\\#')", replace: 'JSON.stringify(s)' }], guard: '^ruby samples .*case json-body-hostile' },
  { name: 'Go strings (goString)', edits: [{ file: literals, find: "export const goString = (s: string) => JSON.stringify(s).replace(/\\u2028/g, '\\\\u2028').replace(/\\u2029/g, '\\\\u2029');", replace: 'export const goString = (s: string) => `"${s}"`;' }], guard: '^go samples .*case json-body-hostile' },
  // The short forms write their literals with the same writers: each writer guards them too.
  { name: 'shell quoting (shellQuote), short form', edits: [{ file: literals, find: "return `'${s.replace(/'/g, `'\\\\''`)}'`;", replace: "return `'${s}'`;" }], test: SHORT, guard: '^bash short forms .*json-body-hostile' },
  { name: 'TypeScript strings (tsString), short form', edits: [{ file: literals, find: 'export const tsString = (s: string) => JSON.stringify(s);', replace: 'export const tsString = (s: string) => `"${s}"`;' }], test: SHORT, guard: '^typescript short forms .*json-body-hostile' },
  { name: 'Python strings (pythonString), short form', edits: [{ file: literals, find: 'export const pythonString = (s: string) => JSON.stringify(s);', replace: 'export const pythonString = (s: string) => `"${s}"`;' }], test: SHORT, guard: '^python short forms .*json-body-hostile' },
  { name: 'Ruby strings: `#` escaped (rubyString), short form', edits: [{ file: literals, find: "JSON.stringify(s).replace(/#/g, '\\\\#')", replace: 'JSON.stringify(s)' }], test: SHORT, guard: '^ruby short forms .*json-body-hostile' },
  { name: 'Go strings (goString), short form', edits: [{ file: literals, find: "export const goString = (s: string) => JSON.stringify(s).replace(/\\u2028/g, '\\\\u2028').replace(/\\u2029/g, '\\\\u2029');", replace: 'export const goString = (s: string) => `"${s}"`;' }], test: SHORT, guard: '^go short forms .*json-body-hostile' },
  { name: 'path encoding (all languages), short form', edits: [{ file: 'src/lib/request.ts', find: 'export const encodePathSegment = (value: string) => encodeURIComponent(value);', replace: 'export const encodePathSegment = (value: string) => value;' }], test: SHORT, guard: 'short forms .*path-slug-with-slash' },
  { name: 'curl -F file paths (curlFormPath), short form', edits: [{ file: literals, find: 'export const curlFormPath = (path: string) => `"${path.replace(/[\\\\"]/g, \'\\\\$&\')}"`;', replace: 'export const curlFormPath = (path: string) => path;' }], test: SHORT, guard: '^bash short forms .*upload-odd-filename' },
  { name: 'TypeScript __proto__ keys, short form', edits: [{ file: 'src/lib/snippets/typescript.ts', find: "k === '__proto__' ? `[${tsString(k)}]` : ", replace: '' }], test: SHORT, guard: '^typescript short forms .*json-body-hostile' },
  { name: 'comments (commentText)', edits: [{ file: literals, find: "export const commentText = (s: string) => s.replace(/[\\r\\n\\u000b\\u000c\\u0085\\u2028\\u2029]+/g, ' ');", replace: 'export const commentText = (s: string) => s;' }], guard: '^typescript samples .*case json-body-hostile' },
  { name: 'TypeScript __proto__ keys', edits: [{ file: 'src/lib/snippets/typescript.ts', find: "k === '__proto__' ? `[${tsString(k)}]` : ", replace: '' }], guard: '^typescript samples .*case json-body-hostile' },
  { name: 'curl -F file paths (curlFormPath)', edits: [{ file: literals, find: 'export const curlFormPath = (path: string) => `"${path.replace(/[\\\\"]/g, \'\\\\$&\')}"`;', replace: 'export const curlFormPath = (path: string) => path;' }, { file: 'src/lib/snippets/bash.ts', find: '-F "${body.field}=@$(form_path "$${body.file.var}")"', replace: '-F "${body.field}=@$${body.file.var}"' }], guard: '^bash samples .*case upload-odd-filename' },
  { name: 'variables are a class, not {"var": …} data', edits: [{ file: 'src/lib/request.ts', find: 'export const isVar = (value: unknown): value is VarRef => value instanceof VarRef;', replace: "export const isVar = (value: unknown): value is VarRef => value instanceof VarRef || (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as VarRef).var === 'string' && Object.keys(value).length === 1);" }], guard: '^bash samples .*case json-body-hostile' },
  { name: '"." and ".." path values refused (TypeScript)', edits: [{ file: 'src/lib/snippets/typescript.ts', find: "'  if (path.split(\"?\")[0]!.split(\"/\").some((part) => part === \".\" || part === \"..\")) {',", replace: "'  if (false) {'," }], guard: '^typescript samples .*case path-dot-segment' },
  { name: 'keys with a line break refused (bash)', edits: [{ file: 'src/lib/snippets/bash.ts', find: "`if [[ $NAIRI_API_KEY == *[$'\\\\r\\\\n']* ]]; then echo ${shellQuote(KEY_LINE_BREAK)} >&2; exit 1; fi`,", replace: '' }], guard: '^bash samples .*a key with a line break' },
  { name: 'the API prefix added to a bare host (bash)', edits: [{ file: 'src/lib/snippets/bash.ts', find: '`[[ $BASE_URL == *${API_PREFIX} ]] || BASE_URL="$BASE_URL${API_PREFIX}"`,', replace: '' }], guard: '^bash samples .*NAIRI_BASE_URL as the bare host' },
];

const vitest = (args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', ...args], { cwd: ROOT, encoding: 'utf8', env: process.env });
// Regenerating writes every stored sample; restoring takes them back to the commit, new files included.
const restoreSnapshots = () => {
  spawnSync('git', ['checkout', '--', 'tests/snapshots'], { cwd: ROOT });
  spawnSync('git', ['clean', '-fq', '--', 'tests/snapshots'], { cwd: ROOT });
};
const status = spawnSync('git', ['status', '--porcelain', '--', 'tests/snapshots', 'src', 'tests/samples'], { cwd: ROOT, encoding: 'utf8' }).stdout;
if (status.trim()) {
  console.error(`Commit or stash these first; every mutation is undone with git checkout:\n${status}`);
  process.exit(2);
}

function apply(m: Mutation): () => void {
  const originals = new Map<string, string>();
  for (const edit of m.edits) {
    const path = join(ROOT, edit.file);
    const text = originals.get(path) ?? readFileSync(path, 'utf8');
    originals.set(path, text);
    const current = readFileSync(path, 'utf8');
    if (!current.includes(edit.find)) throw new Error(`${m.name}: "${edit.find}" is no longer in ${edit.file}; update the mutation`);
    writeFileSync(path, current.replace(edit.find, edit.replace));
  }
  return () => {
    for (const [path, text] of originals) writeFileSync(path, text);
    restoreSnapshots();
  };
}

const only = process.argv[2];
const rows: string[] = [];
let wrong = 0;
for (const m of MUTATIONS.filter((x) => !only || x.name.includes(only))) {
  const restore = apply(m);
  process.on('SIGINT', restore);
  try {
    vitest(['tests/snippets.matrix.test.ts', '-u']);
    const run = vitest([m.test ?? 'tests/samples/run.test.ts', '-t', m.guard]);
    const red = run.status !== 0;
    // A mutation may break generated code so badly that the Go build in beforeAll fails: the suite is red.
    const ran = /Test Files/.test(run.stdout);
    const ok = ran && red;
    if (!ok) wrong++;
    rows.push(`${ok ? 'ok  ' : 'FAIL'} ${m.name}: guard "${m.guard}" went ${ran ? (red ? 'red' : 'green') : 'unrun'}`);
    console.log(rows.at(-1));
  } finally {
    restore();
    process.off('SIGINT', restore);
  }
}
console.log(`\n${rows.length} mutations, ${wrong} not caught as expected.`);
process.exit(wrong ? 1 : 0);
