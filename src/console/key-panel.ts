/**
 * @module The key and server rows (KeyAndServer.astro) of a console or a quickstart runner. The key
 * lives only in the tab's key store; every panel on the page hears about a change through its event.
 * The chosen server is remembered for the tab, and only one of the build's servers is ever used.
 */
import type { TryItServer } from '../config/tryit.ts';
import { withBase } from '../markdown/base-links.ts';
import { t } from '../strings/client.ts';
import { badCharacterMessage, findBadCharacter } from './key-check.ts';
import { KEY_EVENT, maskKey, pageKeyStore, type KeyProblem, type KeyStore } from './key-store.ts';

const SERVER_KEY = 'nairi.tryit.server';
const KEY_MESSAGES: Record<Exclude<KeyProblem, 'bad-character'>, Parameters<typeof t>[0]> = { empty: 'console.keyEmpty', 'agent-key': 'console.keyAgent', 'not-public': 'console.keyNotPublic' };

export interface KeyPanel {
  keys: KeyStore;
  /** The server picked (always one of the build's servers). */
  server(): TryItServer;
}

/** A link into /help/using-the-api under the site's base path. */
export const helpUrl = (hash: string) => withBase(`/help/using-the-api/${hash}`, import.meta.env.BASE_URL);

export function attachKeyPanel(root: HTMLElement, servers: TryItServer[]): KeyPanel {
  const keys = pageKeyStore();
  const el = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const say = (text: string) => { el('[data-key-message]').textContent = text; };
  const select = el<HTMLSelectElement>('[data-server]');
  const input = el<HTMLInputElement>('[data-key-input]');
  let revealed = false;

  const saved = sessionStorage.getItem(SERVER_KEY);
  if (saved && servers.some((s) => s.url === saved)) select.value = saved;
  select.addEventListener('change', () => sessionStorage.setItem(SERVER_KEY, select.value));

  const show = () => {
    const key = keys.read();
    el('[data-key-entry]').hidden = !!key;
    el('[data-key-set]').hidden = !key;
    if (!key) revealed = false;
    const reveal = el('[data-key-reveal]');
    reveal.setAttribute('aria-pressed', String(revealed));
    reveal.textContent = revealed ? reveal.dataset.hide! : reveal.dataset.show!;
    el('[data-key-mask]').textContent = key ? (revealed ? key : maskKey(key)) : '';
  };

  const save = () => {
    const problem = keys.save(input.value);
    if (problem === 'bad-character') {
      // The paste stays in the field; the message says which character and where.
      const key = input.value.trim();
      return say(badCharacterMessage(key, findBadCharacter(key)!));
    }
    if (problem) {
      say(t(KEY_MESSAGES[problem]));
      if (problem === 'agent-key') {
        const link = document.createElement('a');
        link.href = helpUrl('#creating-a-public-api-key');
        link.textContent = t('console.keyAgentLink');
        el('[data-key-message]').append(' ', link);
      }
      return;
    }
    input.value = '';
    say(t('console.keySaved'));
  };

  el('[data-key-save]').addEventListener('click', save);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); save(); }
  });
  el('[data-key-forget]').addEventListener('click', () => { keys.forget(); say(t('console.keyForgotten')); });
  el('[data-key-reveal]').addEventListener('click', () => { revealed = !revealed; show(); });
  window.addEventListener(KEY_EVENT, show);
  show();
  return { keys, server: () => servers.find((s) => s.url === select.value)! };
}
