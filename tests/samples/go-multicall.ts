/**
 * @module Turns the Go module of stored samples into one multi-call program for the run test.
 * Linking dominated `go build ./...`: 61 binaries took ~23 s even with every package cached; one
 * binary links once. Each sample becomes its own package with an exported `Main`, and a generated
 * main.go picks the sample by the name it was started as (`bin/<name>`, a symlink), so a sample
 * still sees the os.Args its own binary would have seen. The static test vets the original files.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Name of the multi-call binary; every sample is a symlink to it. */
export const MULTICALL_BINARY = 'samples';

/** Go package name for a sample: its name with anything that is not a letter or digit as `_`. */
export const goPackageName = (name: string) => `sample_${name.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Fails unless `pattern` matches exactly one line, so a sample that changed shape is never skipped. */
function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string, where: string): string {
  const count = source.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
  if (count !== 1) throw new Error(`${where}: expected exactly one ${what}, found ${count}; the Go multi-call transform needs it`);
  return source.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** Rewrites one `package main` program into package `pkg` whose `Main()` is the old `main()`. */
export function toSamplePackage(source: string, pkg: string, where: string): string {
  // Every package's init runs whichever sample is started, so a sample may not have one.
  if (/^func init\(\)/m.test(source)) throw new Error(`${where}: has func init(), which would run for every sample in the multi-call binary`);
  const renamed = replaceOnce(source, /^package main$/, `package ${pkg}`, '`package main` line', where);
  return replaceOnce(renamed, /^func main\(\) \{$/, 'func Main() {', '`func main() {` line', where);
}

/** main.go of the multi-call program: runs the sample named by the base name of argv[0]. */
export function dispatcherSource(module: string, names: readonly string[]): string {
  const packages = names.map((name) => ({ name, pkg: goPackageName(name) }));
  const clash = packages.find((p, i) => packages.findIndex((q) => q.pkg === p.pkg) !== i);
  if (clash) throw new Error(`two samples map to Go package ${clash.pkg}`);
  return [
    'package main',
    '',
    'import (',
    '\t"fmt"',
    '\t"os"',
    '\t"path/filepath"',
    '',
    ...packages.map((p) => `\t${p.pkg} ${JSON.stringify(`${module}/${p.name}`)}`),
    ')',
    '',
    'var samples = map[string]func(){',
    ...packages.map((p) => `\t${JSON.stringify(p.name)}: ${p.pkg}.Main,`),
    '}',
    '',
    'func main() {',
    '\tname := filepath.Base(os.Args[0])',
    '\trun, ok := samples[name]',
    '\tif !ok {',
    '\t\tfmt.Fprintf(os.Stderr, "no sample named %q\\n", name)',
    '\t\tos.Exit(2)',
    '\t}',
    '\trun()',
    '}',
    '',
  ].join('\n');
}

/**
 * Rewrites the module in `goDir` (module `module`, one folder per sample holding main.go) into the
 * multi-call program. After `go build -o <binDir>/samples .`, call `linkSamples`.
 */
export function writeMultiCall(goDir: string, module: string, names: readonly string[]): void {
  for (const name of names) {
    const file = join(goDir, name, 'main.go');
    writeFileSync(file, toSamplePackage(readFileSync(file, 'utf8'), goPackageName(name), file));
  }
  writeFileSync(join(goDir, 'main.go'), dispatcherSource(module, names));
}

/** Makes `<binDir>/<name>` start the multi-call binary as that sample. */
export function linkSamples(binDir: string, names: readonly string[]): void {
  for (const name of names) symlinkSync(MULTICALL_BINARY, join(binDir, name));
}
