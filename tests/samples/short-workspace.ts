/**
 * @module Lays the stored short forms out to run: per language one runner that runs every short form
 * in turn in ONE process (a process per form would cost more than the forms), each in its own
 * scope, with a fresh NAIRI_API_KEY set before it and a marker line before its output on stdout and
 * stderr. The short forms themselves are copied unchanged.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { shellQuote } from '../../src/lib/snippets/literals.ts';
import { EMITTERS, type Language } from '../../src/lib/snippets/index.ts';
import { goPackageName, toSamplePackage } from './go-multicall.ts';
import { ROOT, SHORT_NAMES, shortPath } from './stored.ts';
import { goEnv, linkNodeCache, nodeEnv, writeUploads } from './workspace.ts';

/** The marker line before a short form's output, and a pattern that splits output at it (capturing the name). */
export const marker = (name: string) => `=== short form: ${name} ===`;
export const MARKER_LINE = /^=== short form: (\S+) ===\n/m;
/** The key a short form runs with: a fresh key is a fresh organization in the sandbox. */
export const shortKey = (lang: Language, name: string) => `nr_short_${lang}_${name}`;

const GO_MODULE = 'short';
/** JSON string literals are valid in every runner's language for these plain names and keys. */
const q = JSON.stringify;

/**
 * The runner of each interpreted language. A form that fails (raises, exits) reports on stderr under
 * its own marker and the runner goes on, so one broken form fails its own test, not every later one.
 */
function runners(names: readonly string[]): Record<Exclude<Language, 'go'>, string> {
  const forms = (lang: Language, file: (name: string) => string) => q(names.map((n) => [marker(n), shortKey(lang, n), file(n)]));
  return {
    // A subshell per form: its variables, `cd`s and `exit`s stay in it.
    bash: names.map((n) => [
      `printf '\\n%s\\n' ${shellQuote(marker(n))}; printf '%s\\n' ${shellQuote(marker(n))} >&2`,
      `( export NAIRI_API_KEY=${shellQuote(shortKey('bash', n))}; . ./bash/${n}.sh ) || echo "exit status $?" >&2`,
    ].join('\n')).join('\n') + '\n',
    typescript: [
      `for (const [mark, key, file] of ${forms('typescript', (n) => `./typescript/${n}.ts`)}) {`,
      '  console.log("\\n" + mark);',
      '  console.error(mark);',
      '  process.env.NAIRI_API_KEY = key;',
      '  await import(file).catch((error) => console.error(error));',
      '}',
      '',
    ].join('\n'),
    // run_path runs each file as __main__ in a fresh namespace; BaseException covers sys.exit.
    python: [
      'import os, runpy, sys, traceback',
      `for mark, key, path in ${forms('python', (n) => `python/${n}.py`)}:`,
      '    print("\\n" + mark, flush=True)',
      '    print(mark, file=sys.stderr, flush=True)',
      '    os.environ["NAIRI_API_KEY"] = key',
      '    try:',
      '        runpy.run_path(path, run_name="__main__")',
      '    except BaseException:',
      '        traceback.print_exc()',
      '    sys.stdout.flush()',
      '',
    ].join('\n'),
    // load(file, true) wraps each file in an anonymous module; Exception covers exit and abort.
    ruby: [
      `${forms('ruby', (n) => `ruby/${n}.rb`)}.each do |mark, key, path|`,
      '  puts "\\n" + mark',
      '  $stderr.puts mark',
      '  ENV["NAIRI_API_KEY"] = key',
      '  begin',
      '    load(path, true)',
      '  rescue Exception => e',
      '    $stderr.puts e.full_message',
      '  end',
      'end',
      '',
    ].join('\n'),
  };
}

/** main.go of the Go runner: each form is its own package whose Main() was its main(); a panic is reported, not fatal. */
function goRunner(names: readonly string[]): string {
  return [
    'package main',
    '',
    'import (',
    '\t"fmt"',
    '\t"os"',
    ...names.map((n) => `\t${goPackageName(n)} ${q(`${GO_MODULE}/${n}`)}`),
    ')',
    '',
    'func run(mark, key string, form func()) {',
    '\tfmt.Println("\\n" + mark)',
    '\tfmt.Fprintln(os.Stderr, mark)',
    '\tos.Setenv("NAIRI_API_KEY", key)',
    '\tdefer func() {',
    '\t\tif r := recover(); r != nil {',
    '\t\t\tfmt.Fprintln(os.Stderr, "panic:", r)',
    '\t\t}',
    '\t}()',
    '\tform()',
    '}',
    '',
    'func main() {',
    ...names.map((n) => `\trun(${q(marker(n))}, ${q(shortKey('go', n))}, ${goPackageName(n)}.Main)`),
    '}',
    '',
  ].join('\n');
}

export interface ShortWorkspace {
  dir: string;
  /** The command that runs every short form of a language, from `dir`. */
  command(lang: Language): { cmd: string; args: string[]; env: Record<string, string> };
  /** Builds the Go runner (the one slow step). */
  buildGo(): Promise<void>;
}

export function createShortWorkspace(names: readonly string[] = SHORT_NAMES): ShortWorkspace {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'short-'));
  for (const emitter of EMITTERS) {
    for (const name of names) {
      const target = emitter.id === 'go' ? join(dir, 'go', name, 'main.go') : join(dir, emitter.id, `${name}.${emitter.ext}`);
      mkdirSync(join(target, '..'), { recursive: true });
      if (emitter.id === 'go') writeFileSync(target, toSamplePackage(readFileSync(shortPath(emitter, name), 'utf8'), goPackageName(name), target));
      else copyFileSync(shortPath(emitter, name), target);
    }
  }
  const scripts = runners(names);
  writeFileSync(join(dir, 'run.sh'), scripts.bash);
  writeFileSync(join(dir, 'run.mjs'), scripts.typescript);
  writeFileSync(join(dir, 'run.py'), scripts.python);
  writeFileSync(join(dir, 'run.rb'), scripts.ruby);
  writeFileSync(join(dir, 'typescript', 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'go', 'go.mod'), `module ${GO_MODULE}\n\ngo 1.19\n`);
  writeFileSync(join(dir, 'go', 'main.go'), goRunner(names));
  linkNodeCache(dir);
  writeUploads(dir);
  const commands: Record<Language, { cmd: string; args: string[]; env: Record<string, string> }> = {
    bash: { cmd: 'bash', args: ['run.sh'], env: {} },
    typescript: { cmd: process.execPath, args: ['run.mjs'], env: nodeEnv(dir) },
    ruby: { cmd: 'ruby', args: ['run.rb'], env: {} },
    python: { cmd: '/usr/bin/python3', args: ['run.py'], env: {} },
    go: { cmd: join(dir, 'bin', 'short'), args: [], env: {} },
  };
  return {
    dir,
    command: (lang) => commands[lang],
    // -trimpath keeps this folder's path out of the build cache's keys, so unchanged forms compile
    // once, not once per fresh folder; -s -w skip the debug tables nobody reads (measured: 7 CPU-s → 1).
    buildGo: async () => {
      await promisify(execFile)('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', join(dir, 'bin', 'short'), '.'], { cwd: join(dir, 'go'), env: goEnv(dir) });
    },
  };
}
