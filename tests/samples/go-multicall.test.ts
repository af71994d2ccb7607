import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dispatcherSource, goPackageName, linkSamples, MULTICALL_BINARY, toSamplePackage, writeMultiCall } from './go-multicall.ts';
import { ROOT } from './stored.ts';
import { goEnv } from './workspace.ts';

const program = (body: string) => `// A sample\npackage main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n${body}\n}\n`;

describe('toSamplePackage', () => {
  it('renames only the package clause and main', () => {
    const source = program('\tfmt.Println("package main", "func main() {")');
    expect(toSamplePackage(source, 'sample_x', 'x.go')).toBe(source.replace('package main\n', 'package sample_x\n').replace('func main() {\n', 'func Main() {\n'));
  });

  it('fails loudly when a sample is not one main package with one main function', () => {
    expect(() => toSamplePackage(program('').replace('package main', 'package other'), 'p', 'a.go')).toThrow(/a\.go: expected exactly one `package main` line, found 0/);
    expect(() => toSamplePackage(`${program('')}package main\n`, 'p', 'b.go')).toThrow(/found 2/);
    expect(() => toSamplePackage(program('').replace('func main() {', 'func main(){'), 'p', 'c.go')).toThrow(/c\.go: expected exactly one `func main\(\) \{` line, found 0/);
    expect(() => toSamplePackage(`${program('')}func main() {\n}\n`, 'p', 'd.go')).toThrow(/found 2/);
    expect(() => toSamplePackage(`${program('')}func init() {\n}\n`, 'p', 'e.go')).toThrow(/e\.go: has func init\(\)/);
  });
});

describe('dispatcherSource', () => {
  it('imports every sample and maps its name to its Main', () => {
    const source = dispatcherSource('samples', ['listAgents', 'drive-a-conversation']);
    expect(source).toContain('\tsample_drive_a_conversation "samples/drive-a-conversation"\n');
    expect(source).toContain('\t"listAgents": sample_listAgents.Main,\n');
    expect(goPackageName('drive-a-conversation')).toBe('sample_drive_a_conversation');
  });

  it('fails loudly when two sample names map to one Go package', () => {
    expect(() => dispatcherSource('samples', ['a-b', 'a_b'])).toThrow(/two samples map to Go package sample_a_b/);
  });
});

describe('the multi-call binary', () => {
  it('runs the sample it is started as, with the os.Args that sample would have had', async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', 'multicall-'));
    try {
      const names = ['first', 'second-one'];
      writeFileSync(join(dir, 'go.mod'), 'module demo\n\ngo 1.19\n');
      for (const name of names) {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, 'main.go'), program(`\tfmt.Println(${JSON.stringify(name)}, len(os.Args), os.Args[0] == os.Getenv("WANT_ARG0"))`));
      }
      writeMultiCall(dir, 'demo', names);
      mkdirSync(join(dir, 'bin'));
      const exec = promisify(execFile);
      await exec('go', ['build', '-o', join(dir, 'bin', MULTICALL_BINARY), '.'], { cwd: dir, env: goEnv(dir) });
      linkSamples(join(dir, 'bin'), names);
      for (const name of names) {
        const path = join(dir, 'bin', name);
        const { stdout } = await exec(path, [], { env: { WANT_ARG0: path } });
        expect(stdout).toBe(`${name} 1 true\n`);
      }
      await expect(exec(join(dir, 'bin', MULTICALL_BINARY), [])).rejects.toMatchObject({ code: 2, stderr: 'no sample named "samples"\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
