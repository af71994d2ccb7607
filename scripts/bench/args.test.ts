import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, DEFAULT_SCALE, parseBenchArgs } from './args.ts';

describe('parseBenchArgs', () => {
  it('defaults to the page mode with a build and the default number of runs', () => {
    expect(parseBenchArgs([])).toEqual({ build: true, runs: DEFAULT_RUNS, keep: false, help: false });
  });

  it('reads --runs and --no-build, with the value apart or after =', () => {
    expect(parseBenchArgs(['--runs', '5', '--no-build'])).toMatchObject({ build: false, runs: 5 });
    expect(parseBenchArgs(['--runs=7'])).toMatchObject({ runs: 7 });
  });

  it('reads --scale with a number, or alone for the default', () => {
    expect(parseBenchArgs(['--scale', '500'])).toMatchObject({ scale: 500, keep: false });
    expect(parseBenchArgs(['--scale=2000', '--keep'])).toMatchObject({ scale: 2000, keep: true });
    expect(parseBenchArgs(['--scale'])).toMatchObject({ scale: DEFAULT_SCALE });
    expect(parseBenchArgs(['--scale', '--keep'])).toMatchObject({ scale: DEFAULT_SCALE, keep: true });
  });

  it('refuses values that are not whole numbers in range', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs needs a whole number of at least 1; got "0"/);
    expect(() => parseBenchArgs(['--runs'])).toThrow(/--runs needs/);
    expect(() => parseBenchArgs(['--runs', '2.5'])).toThrow(/--runs needs/);
    expect(() => parseBenchArgs(['--scale', '99'])).toThrow(/--scale needs a whole number of at least 100/);
    expect(() => parseBenchArgs(['--scale', 'lots'])).toThrow(/--scale needs/);
  });

  it('refuses unknown arguments and options of the other mode', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown argument "--fast"/);
    expect(() => parseBenchArgs(['--scale', '--no-build'])).toThrow(/page mode/);
    expect(() => parseBenchArgs(['--scale', '--runs', '2'])).toThrow(/page mode/);
    expect(() => parseBenchArgs(['--keep'])).toThrow(/--keep belongs to --scale/);
  });

  it('reads --help', () => {
    expect(parseBenchArgs(['--help']).help).toBe(true);
  });
});
