/**
 * @module <nairi-console>: wires one operation's try-it form. The key is read from the tab's key
 * store at the moment of sending and goes only into the Authorization header; it never enters a
 * URL, the page's markup, the copied samples (unless asked for in "Copy as curl") or a log.
 */
import { buildUrl, type Value } from '../lib/request.ts';
import { withBase } from '../markdown/base-links.ts';
import { EMITTERS } from '../lib/snippets/index.ts';
import { format, t } from '../strings/index.ts';
import { checkBody } from './body-check.ts';
import type { ConsoleConfig } from './config.ts';
import { toCurl } from './curl.ts';
import { explain } from './explain.ts';
import { badCharacterMessage, findBadCharacter } from './key-check.ts';
import { KEY_EVENT, maskKey, pageKeyStore, type KeyProblem } from './key-store.ts';
import { consoleProgram, consoleRequest, type ConsoleValues } from './live-program.ts';
import { PREVIEW_CHARS, prettyBody, renderExplanation, renderJson } from './render.ts';
import { readPrefill, renderNextCalls } from './id-links.ts';
import { attachPoll } from './poll-control.ts';
import { send } from './send.ts';

const SERVER_KEY = 'nairi.tryit.server';
const KEY_MESSAGES: Record<Exclude<KeyProblem, 'bad-character'>, Parameters<typeof t>[0]> = { empty: 'console.keyEmpty', 'agent-key': 'console.keyAgent', 'not-public': 'console.keyNotPublic' };

class NairiConsole extends HTMLElement {
  #config!: ConsoleConfig;
  #keys = pageKeyStore();
  #lastBody: Value | undefined;
  #controller: AbortController | undefined;
  #revealed = false;

  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    this.#config = JSON.parse(this.#el('script[data-config]').textContent!) as ConsoleConfig;
    const server = this.#el<HTMLSelectElement>('[data-server]');
    const saved = sessionStorage.getItem(SERVER_KEY);
    if (saved && this.#config.servers.some((s) => s.url === saved)) server.value = saved;
    server.addEventListener('change', () => sessionStorage.setItem(SERVER_KEY, server.value));
    this.#el('[data-key-save]').addEventListener('click', () => this.#saveKey());
    this.#el('[data-key-input]').addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') { e.preventDefault(); this.#saveKey(); }
    });
    this.#el('[data-key-forget]').addEventListener('click', () => {
      this.#keys.forget();
      this.#say('[data-key-message]', t('console.keyForgotten'));
    });
    this.#el('[data-key-reveal]').addEventListener('click', () => { this.#revealed = !this.#revealed; this.#showKey(); });
    window.addEventListener(KEY_EVENT, () => this.#showKey());
    this.#el('form').addEventListener('submit', (e) => { e.preventDefault(); void this.#send(); });
    this.#el('form').addEventListener('input', () => this.#updateSamples());
    this.#el('[data-cancel]').addEventListener('click', () => this.#controller?.abort());
    this.#el('[data-copy-curl]').addEventListener('click', () => void this.#copyCurl());
    this.#el('[data-show-all]').addEventListener('click', () => this.#showAll());
    this.#el('[data-explanation]').addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('[data-action="copy-curl"]')) void this.#copyCurl();
    });
    if (this.#config.poll) {
      attachPoll(this, this.#config.poll, {
        prepare: () => {
          const values = this.#values();
          const problem = this.#formProblem(values);
          this.#say('[data-form-message]', problem ?? '');
          return problem ? undefined : this.#url(values);
        },
        sendOnce: (url, signal) => send({ method: 'GET', url, key: this.#keys.read()!, signal }),
        show: (outcome) => this.#showOutcome(outcome),
      });
    }
    // An ID handed over from another page's response (never the key).
    for (const [name, value] of Object.entries(readPrefill(location.hash))) {
      const input = this.querySelector<HTMLInputElement>(`[data-console-param="${CSS.escape(name)}"]`);
      if (input) input.value = value;
    }
    this.#showKey();
    this.#updateSamples();
    // The benchmark (scripts/bench-console.ts) reads when the console became usable.
    this.dataset.readyAt = String(Math.round(performance.now()));
    this.dataset.ready = 'true';
  }

  #say(selector: string, text: string) {
    this.#el(selector).textContent = text;
  }

  #saveKey() {
    const input = this.#el<HTMLInputElement>('[data-key-input]');
    const problem = this.#keys.save(input.value);
    if (problem === 'bad-character') {
      // The paste stays in the field; the message says which character and where.
      const key = input.value.trim();
      this.#say('[data-key-message]', badCharacterMessage(key, findBadCharacter(key)!));
      return;
    }
    if (problem) {
      this.#say('[data-key-message]', t(KEY_MESSAGES[problem]));
      if (problem === 'agent-key') {
        const link = document.createElement('a');
        link.href = this.#helpUrl('#creating-a-public-api-key');
        link.textContent = t('console.keyAgentLink');
        this.#el('[data-key-message]').append(' ', link);
      }
      return;
    }
    input.value = '';
    this.#say('[data-key-message]', t('console.keySaved'));
  }

  #showKey() {
    const key = this.#keys.read();
    this.#el('[data-key-entry]').hidden = !!key;
    this.#el('[data-key-set]').hidden = !key;
    const reveal = this.#el('[data-key-reveal]');
    reveal.setAttribute('aria-pressed', String(this.#revealed));
    reveal.textContent = this.#revealed ? reveal.dataset.hide! : reveal.dataset.show!;
    this.#el('[data-key-mask]').textContent = key ? (this.#revealed ? key : maskKey(key)) : '';
    if (!key) this.#revealed = false;
  }

  #values(): ConsoleValues {
    const params = Object.fromEntries([...this.querySelectorAll<HTMLInputElement>('[data-console-param]')].map((i) => [i.dataset.consoleParam!, i.value.trim()]));
    const file = this.querySelector<HTMLInputElement>('[data-file]')?.files?.[0];
    return { params, body: this.#lastBody, ...(file ? { fileName: file.name } : {}) };
  }

  #bodyText() {
    return this.querySelector<HTMLTextAreaElement>('[data-body]')?.value;
  }

  #updateSamples() {
    const text = this.#bodyText();
    let stale = false;
    if (text !== undefined) {
      try { this.#lastBody = JSON.parse(text) as Value; } catch { stale = true; }
    }
    this.#el('[data-live-stale]').hidden = !stale;
    const program = consoleProgram(this.#config, this.#values());
    for (const emitter of EMITTERS) this.#el(`[data-live="${emitter.id}"]`).textContent = emitter.generate(program);
  }

  /** Why the form cannot be sent yet; the message names the field. The inputs are left as typed. */
  #formProblem(values: ConsoleValues): string | undefined {
    if (!this.#keys.read()) return t('console.needKey');
    for (const name of this.#config.pathParams) {
      const value = values.params[name];
      if (!value) return format(t('console.paramMissing'), { name });
      // fetch would resolve `..` (even as %2E%2E) into the parent path: another resource.
      if (value === '.' || value === '..') return format(t('console.paramDots'), { name });
    }
    const text = this.#bodyText();
    if (text !== undefined && this.#config.bodySchema) {
      const problem = checkBody(text, this.#config.bodySchema);
      if (problem?.kind === 'syntax') return format(t('console.bodySyntax'), { message: problem.message });
      if (problem?.kind === 'schema') return format(t('console.bodySchema'), { field: problem.field, message: problem.message });
    }
    if (this.#config.body === 'multipart' && !values.fileName) return t('console.fileMissing');
    return undefined;
  }

  /** The server picked in the form (always one of the build's servers). */
  #server() {
    const url = this.#el<HTMLSelectElement>('[data-server]').value;
    return this.#config.servers.find((s) => s.url === url)!;
  }

  #url(values: ConsoleValues) {
    return buildUrl(consoleRequest(this.#config, values), this.#server().url, (name) => values.params[name]);
  }

  /**
   * A destructive call to a real server is sent only after the user says yes, once per send. The
   * question names method, resource and server; the local sandbox needs no question.
   */
  #confirmed(url: string): boolean {
    const server = this.#server();
    if (!this.#config.destructive || server.sandbox) return true;
    const path = url.slice(server.url.length) || '/';
    return window.confirm(format(t('console.confirmDestructive'), { method: this.#config.method.toUpperCase(), path, server: `${server.label} (${server.url})` }));
  }

  async #send() {
    const values = this.#values();
    const problem = this.#formProblem(values);
    this.#say('[data-form-message]', problem ?? '');
    if (problem) return;
    const url = this.#url(values);
    if (!this.#confirmed(url)) {
      this.#say('[data-form-message]', t('console.confirmCancelled'));
      return;
    }
    const file = this.querySelector<HTMLInputElement>('[data-file]')?.files?.[0];
    let body: string | FormData | undefined = this.#bodyText();
    if (file) { body = new FormData(); body.append('file', file); }
    const sendButton = this.#el<HTMLButtonElement>('[data-send]');
    const cancel = this.#el('[data-cancel]');
    this.#controller = new AbortController();
    sendButton.disabled = true;
    sendButton.textContent = t('console.sending');
    cancel.hidden = false;
    const outcome = await send({ method: this.#config.method.toUpperCase(), url, key: this.#keys.read()!, body, signal: this.#controller.signal });
    sendButton.textContent = t('console.send');
    cancel.hidden = true;
    this.#showOutcome(outcome);
    const explanation = explain(outcome);
    if (explanation.retryAfter) setTimeout(() => (sendButton.disabled = false), explanation.retryAfter * 1000);
    else sendButton.disabled = false;
  }

  #fullBody = '';

  /** A link into /help/using-the-api under the site's base path. */
  #helpUrl(hash: string) {
    return withBase(`/help/using-the-api/${hash}`, import.meta.env.BASE_URL);
  }

  #showOutcome(outcome: Awaited<ReturnType<typeof send>>) {
    const result = this.#el('[data-result]');
    result.hidden = false;
    const explanation = explain(outcome);
    this.#say('[data-response-status]', outcome.kind === 'response' ? String(outcome.status) : '');
    this.#say('[data-time]', `${Math.round(outcome.ms)} ms`);
    renderExplanation(this.#el('[data-explanation]'), explanation, { keyHelp: this.#helpUrl('#revoking-a-key'), liveCode: `#${this.#el('[data-live-heading]').id}` });
    const headers = this.#el('[data-headers]');
    headers.replaceChildren(...(outcome.kind === 'response' ? outcome.headers : []).flatMap(([name, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = name;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }));
    this.#fullBody = outcome.kind === 'response' ? prettyBody(outcome.body) : '';
    const truncated = this.#fullBody.length > PREVIEW_CHARS;
    // A 204 (or any empty body) says so, instead of leaving an empty box.
    if (outcome.kind === 'response' && outcome.body === '') this.#el('[data-response-body]').textContent = t(outcome.status === 204 ? 'console.noContent' : 'console.emptyBody');
    else renderJson(this.#el('[data-response-body]'), truncated ? this.#fullBody.slice(0, PREVIEW_CHARS) : this.#fullBody);
    this.#el('[data-truncated]').hidden = !truncated;
    renderNextCalls(this.#el('[data-next-calls]'), this.#fullBody, this.#config.nextCalls, import.meta.env.BASE_URL);
    this.#say('[data-truncated-text]', format(t('console.truncated'), { shown: PREVIEW_CHARS, total: this.#fullBody.length }));
  }

  #showAll() {
    renderJson(this.#el('[data-response-body]'), this.#fullBody);
    this.#el('[data-truncated]').hidden = true;
  }

  async #copyCurl() {
    const values = this.#values();
    const include = this.#el<HTMLInputElement>('[data-include-key]');
    const key = include.checked ? this.#keys.read() : undefined;
    const command = toCurl(consoleRequest(this.#config, values), (name) => (name === '__body' ? this.#bodyText() : values.params[name]), { serverUrl: this.#server().url, ...(key ? { key } : {}), ...(values.fileName ? { fileName: values.fileName } : {}) });
    await navigator.clipboard.writeText(command);
    include.checked = false;
    this.#say('[data-copy-message]', key ? t('console.copiedWithKey') : t('console.copied'));
  }
}

customElements.define('nairi-console', NairiConsole);
