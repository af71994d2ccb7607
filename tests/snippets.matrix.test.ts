import { describe, expect, it } from 'vitest';
import { MATRIX, programForName, SHORT_MATRIX, shortFor, shortPath, snapshotPath } from './samples/stored.ts';

// Regenerate after an intended change with: npx vitest run tests/snippets.matrix.test.ts -u
describe('every sample in every language matches its stored file', () => {
  it.each(MATRIX.map(({ emitter, name }) => [emitter.id, name, emitter] as const))('%s: %s', async (_lang, name, emitter) => {
    await expect(emitter.generate(programForName(name))).toMatchFileSnapshot(snapshotPath(emitter, name));
  });
});

describe('every sample follows the key practices of /help/using-the-api', () => {
  it.each(MATRIX.map(({ emitter, name }) => [emitter.id, name, emitter] as const))('%s: %s', (_lang, name, emitter) => {
    const code = emitter.generate(programForName(name));
    expect(code).toContain('NAIRI_API_KEY');
    expect(code).toContain('NAIRI_BASE_URL');
    expect(code).toContain(`nairi-docs-sample/1.0 (${emitter.id})`);
    expect(code).not.toMatch(/\b(nr|ccagent)_[A-Za-z0-9]{8,}/);
  });
});

describe('every short form in every language matches its stored file', () => {
  it.each(SHORT_MATRIX.map(({ emitter, name }) => [emitter.id, name, emitter] as const))('%s: %s', async (_lang, name, emitter) => {
    await expect(shortFor(emitter, name)).toMatchFileSnapshot(shortPath(emitter, name));
  });
});

describe('every short form reads the key and base URL from the environment and identifies itself', () => {
  it.each(SHORT_MATRIX.map(({ emitter, name }) => [emitter.id, name, emitter] as const))('%s: %s', (_lang, name, emitter) => {
    const code = shortFor(emitter, name);
    expect(code).toContain('NAIRI_API_KEY');
    expect(code).toContain('NAIRI_BASE_URL');
    expect(code).toContain(`nairi-docs-sample/1.0 (${emitter.id})`);
    expect(code).not.toMatch(/\b(nr|ccagent)_[A-Za-z0-9]{8,}/);
  });
});
