/**
 * @module Lays the stored samples out as runnable projects in a temporary folder: one folder per
 * language, a Go module with a package per sample, and the files the upload samples send.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { EMITTERS } from '../../src/lib/snippets/index.ts';
import { skillMd, zip } from '../sandbox/client.ts';
import { CASE_NAMES, readCase, ROOT, SAMPLE_NAMES, SHORT_NAMES, shortPath, snapshotPath } from './stored.ts';

export interface Workspace {
  dir: string;
  /** Path of a sample's file (for Go, its package folder). */
  file(lang: string, name: string): string;
}

/** Module path of the Go samples: each sample is the package `samples/<name>`. */
export const GO_MODULE = 'samples';

/**
 * Go's own build cache (GOCACHE, or ~/.cache/go-build), as every Go developer has it: shared by every
 * workspace, run and clone, so the standard library is analysed once, not by each `go vet` and
 * `go build` of each run. It is safe for concurrent use and keyed by content, so it never hides a change.
 */
export const goEnv = (dir: string) => ({ ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local', GOPATH: join(dir, '.gopath') });

/**
 * Node's compile cache for the TypeScript samples: type stripping loads a WebAssembly compiler, over
 * half of a sample's start-up CPU, which the cache skips for a file whose text it has seen before.
 * Portable mode keys entries by path relative to the cache folder: in every workspace that folder is
 * the link `.node-cache` to one shared folder (per user, like Go's, so clones share it too). Entries
 * are checked against the file's content.
 */
const NODE_CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'nairi-docs', 'node-compile-cache');
export const nodeEnv = (dir: string) => ({ NODE_COMPILE_CACHE: join(dir, '.node-cache'), NODE_COMPILE_CACHE_PORTABLE: '1' });

export function createWorkspace(): Workspace {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'samples-'));
  const file = (lang: string, name: string) => (lang === 'go' ? join(dir, 'go', name) : join(dir, lang, `${name}.${EMITTERS.find((e) => e.id === lang)!.ext}`));
  for (const emitter of EMITTERS) {
    for (const name of SAMPLE_NAMES) {
      const target = emitter.id === 'go' ? join(file('go', name), 'main.go') : file(emitter.id, name);
      mkdirSync(join(target, '..'), { recursive: true });
      copyFileSync(snapshotPath(emitter, name), target);
    }
  }
  // The TypeScript short forms join the type check (short.test.ts runs them all, but running does not type-check).
  const typescript = EMITTERS.find((e) => e.id === 'typescript')!;
  mkdirSync(join(dir, 'typescript', 'short'));
  for (const name of SHORT_NAMES) copyFileSync(shortPath(typescript, name), join(dir, 'typescript', 'short', `${name}.ts`));
  writeFileSync(join(dir, 'go', 'go.mod'), `module ${GO_MODULE}\n\ngo 1.19\n`);
  writeFileSync(join(dir, 'typescript', 'package.json'), '{ "type": "module" }\n');
  linkNodeCache(dir);
  writeFileSync(join(dir, 'typescript', 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, noUnusedLocals: true, target: 'es2023', lib: ['es2023', 'dom'], module: 'nodenext', moduleResolution: 'nodenext',
      types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')], skipLibCheck: true, erasableSyntaxOnly: true,
    },
    include: ['*.ts', 'short/*.ts'],
  }, null, 2));
  writeUploads(dir);
  return { dir, file };
}

/**
 * The files the upload samples read, in `dir`: the default ./notes.txt and ./my-skill.zip, two more
 * skill archives, and the files the hostile cases upload (odd names included).
 */
export function writeUploads(dir: string): void {
  writeFileSync(join(dir, 'notes.txt'), 'Meeting notes: ship the docs.\n');
  writeFileSync(join(dir, 'my-skill.zip'), zip({ 'my-skill/SKILL.md': skillMd('name: my-skill\ndescription: Use when testing uploads.') }));
  writeFileSync(join(dir, 'new-skill.zip'), zip({ 'new-skill/SKILL.md': skillMd('name: new-skill\ndescription: Use when testing uploads.') }));
  writeFileSync(join(dir, 'pr-summary.skill'), zip({ 'SKILL.md': skillMd('name: pr-summary\ndescription: Use when asked to summarise or review a pull request.') }));
  for (const name of CASE_NAMES) {
    const file = readCase(name).file;
    if (file) writeFileSync(join(dir, file.name), file.text);
  }
}

/** Links `dir`/.node-cache to the shared compile cache (see NODE_CACHE). */
export function linkNodeCache(dir: string): void {
  mkdirSync(NODE_CACHE, { recursive: true });
  symlinkSync(NODE_CACHE, join(dir, '.node-cache'));
}
