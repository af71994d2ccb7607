/**
 * @module The one place the user's API key lives: this tab's sessionStorage. It survives moving
 * between docs pages in the same tab and is gone when the tab closes; it is never written to
 * localStorage, cookies or IndexedDB, never put in a URL and never logged. Every console and the
 * explorer on the page read it from here and hear about changes through one window event.
 */

import { findBadCharacter } from './key-check.ts';

const STORAGE_KEY = 'nairi.tryit.key';
export const KEY_EVENT = 'nairi:key-change';

/** Why a pasted value cannot be used as a key; undefined when it is a plausible `nr_` key. */
export type KeyProblem = 'empty' | 'bad-character' | 'agent-key' | 'not-public';

/**
 * Checks a pasted value after trimming the whitespace around it. A character `fetch` cannot send
 * in a header (see key-check.ts) is refused here, so it never surfaces as a network error.
 */
export function keyProblem(raw: string): KeyProblem | undefined {
  const key = raw.trim();
  if (!key) return 'empty';
  if (findBadCharacter(key)) return 'bad-character';
  if (key.startsWith('ccagent_')) return 'agent-key';
  if (!key.startsWith('nr_') || key.length < 4) return 'not-public';
  return undefined;
}

/** How the dashboard shows a key: `nr_...` and the last four characters. */
export function maskKey(key: string): string {
  return `nr_...${key.slice(-4)}`;
}

/** Storage that lasts as long as the tab; injectable for tests. */
export interface TabStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function createKeyStore(storage: TabStorage, notify: () => void = () => {}) {
  return {
    /** The stored key, or undefined. */
    read(): string | undefined {
      return storage.getItem(STORAGE_KEY) ?? undefined;
    },
    /** Stores a trimmed key, or returns why it was refused (nothing is stored then). */
    save(raw: string): KeyProblem | undefined {
      const problem = keyProblem(raw);
      if (problem) return problem;
      storage.setItem(STORAGE_KEY, raw.trim());
      notify();
      return undefined;
    },
    forget(): void {
      storage.removeItem(STORAGE_KEY);
      notify();
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;

/** The page's key store, backed by this tab's sessionStorage. */
export function pageKeyStore(): KeyStore {
  return createKeyStore(window.sessionStorage, () => window.dispatchEvent(new Event(KEY_EVENT)));
}
