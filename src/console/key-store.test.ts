import { describe, expect, it } from 'vitest';
import { createKeyStore, keyProblem, maskKey } from './key-store.ts';

describe.each([
  ['', 'empty'],
  ['   \n', 'empty'],
  ['ccagent_abc123', 'agent-key'],
  ['  ccagent_abc123  ', 'agent-key'],
  ['sk_live_123', 'not-public'],
  ['NR_abc', 'not-public'],
  ['nr_', 'not-public'],
  ['nr_abc def', 'bad-character'],
  ['nr_abc\u200Bdef', 'bad-character'],
  ['nr_abcdé', 'bad-character'],
  ['nr_abcdef', undefined],
  ['  nr_abcdef\n', undefined],
])('keyProblem(%j)', (raw, problem) => {
  it(`is ${problem}`, () => expect(keyProblem(raw)).toBe(problem));
});

describe('key store', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
  };

  it('stores the trimmed key, tells listeners, and forgets it at once', () => {
    const storage = memory();
    let changes = 0;
    const store = createKeyStore(storage, () => changes++);
    expect(store.save('  nr_test_secret_9aZ=  ')).toBeUndefined();
    expect(store.read()).toBe('nr_test_secret_9aZ=');
    expect(maskKey(store.read()!)).toBe('nr_...9aZ=');
    store.forget();
    expect(store.read()).toBeUndefined();
    expect(storage.data.size).toBe(0);
    expect(changes).toBe(2);
  });

  it('stores nothing when the key is refused', () => {
    const storage = memory();
    const store = createKeyStore(storage);
    expect(store.save('ccagent_xyz')).toBe('agent-key');
    expect(storage.data.size).toBe(0);
  });
});
