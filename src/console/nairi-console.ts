/**
 * @module <nairi-console>: wires one operation's try-it form. The key is read from the tab's key
 * store at the moment of sending and goes only into the Authorization header; it never enters a
 * URL, the page's markup, the copied samples (unless asked for in "Copy as curl") or a log.
 */
import { buildUrl, type Value } from '../lib/request.ts';
import { format, t } from '../strings/client.ts';
import type { ConsoleConfig } from './config.ts';
import { toCurl } from './curl.ts';
import { explain } from './explain.ts';
import { attachKeyPanel, helpUrl, type KeyPanel } from './key-panel.ts';
import { consoleProgram, consoleRequest, type ConsoleValues } from './live-program.ts';
import { PREVIEW_CHARS, prettyBody, renderExplanation, renderJson } from './render.ts';
import { prefillBody, readPrefill, renderNextCalls } from './id-links.ts';
import { attachPanelTabs, type PanelName } from './panel-tabs.ts';
import { attachPoll } from './poll-control.ts';
import { send } from './send.ts';
import { bodyCheck, emitters, nextCallTable } from './on-demand.ts';

class NairiConsole extends HTMLElement {
  #config!: ConsoleConfig;
  #panel!: KeyPanel;
  #showPanel!: (name: PanelName) => void;
  #lastBody: Value | undefined;
  #controller: AbortController | undefined;

  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    this.#config = JSON.parse(this.#el('script[data-config]').textContent!) as ConsoleConfig;
    this.#panel = attachKeyPanel(this, this.#config.servers);
    this.#showPanel = attachPanelTabs(this).show;
    this.#el('form').addEventListener('submit', (e) => { e.preventDefault(); void this.#send(); });
    this.#el('form').addEventListener('input', () => this.#updateSamples());
    this.querySelector('[data-body]')?.addEventListener('focus', () => void bodyCheck(), { once: true });
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
          if (problem) return undefined;
          this.#showPanel('response');
          return this.#url(values);
        },
        sendOnce: (url, signal) => send({ method: 'GET', url, key: this.#panel.keys.read()!, signal }),
        show: (outcome) => this.#showOutcome(outcome),
      });
    }
    // An ID handed over from another page's response (never the key).
    for (const [name, value] of Object.entries(readPrefill(location.hash))) {
      const input = this.querySelector<HTMLInputElement>(`[data-console-param="${CSS.escape(name)}"]`);
      const body = this.querySelector<HTMLTextAreaElement>('[data-body]');
      const filled = !input && body ? prefillBody(body.value, name, value, this.#config.bodySchema?.properties ?? {}) : undefined;
      if (input) input.value = value;
      else if (body && filled !== undefined) body.value = filled;
    }
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      this.#updateSamples();
    }).observe(this.#el('[data-live-heading]'));
    // The benchmark (scripts/bench/browser-timings.ts) reads when the console became usable.
    this.dataset.readyAt = String(Math.round(performance.now()));
    this.dataset.ready = 'true';
  }

  #say(selector: string, text: string) {
    this.#el(selector).textContent = text;
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
    void emitters().then(({ EMITTERS }) => {
      const program = consoleProgram(this.#config, this.#values());
      for (const emitter of EMITTERS) this.#el(`[data-live="${emitter.id}"]`).textContent = emitter.generate(program);
    });
  }

  /** Why the form cannot be sent yet; the message names the field. The inputs are left as typed. */
  #formProblem(values: ConsoleValues): string | undefined {
    if (!this.#panel.keys.read()) return t('console.needKey');
    for (const name of this.#config.pathParams) {
      const value = values.params[name];
      if (!value) return format(t('console.paramMissing'), { name });
      // fetch would resolve `..` (even as %2E%2E) into the parent path: another resource.
      if (value === '.' || value === '..') return format(t('console.paramDots'), { name });
    }
    if (this.#config.body === 'multipart' && !values.fileName) return t('console.fileMissing');
    return undefined;
  }

  /** What is wrong with the JSON body, if anything (checked against the operation's schema). */
  async #bodyProblem(): Promise<string | undefined> {
    const text = this.#bodyText();
    if (text === undefined || !this.#config.bodySchema) return undefined;
    const problem = (await bodyCheck()).checkBody(text, this.#config.bodySchema);
    if (problem?.kind === 'syntax') return format(t('console.bodySyntax'), { message: problem.message });
    if (problem?.kind === 'schema') return format(t('console.bodySchema'), { field: problem.field, message: problem.message });
    return undefined;
  }

  #url(values: ConsoleValues) {
    return buildUrl(consoleRequest(this.#config, values), this.#panel.server().url, (name) => values.params[name]);
  }

  /**
   * A destructive call to a real server is sent only after the user says yes, once per send. The
   * question names method, resource and server; the local sandbox needs no question.
   */
  #confirmed(url: string): boolean {
    const server = this.#panel.server();
    if (!this.#config.destructive || server.sandbox) return true;
    const path = url.slice(server.url.length) || '/';
    return window.confirm(format(t('console.confirmDestructive'), { method: this.#config.method.toUpperCase(), path, server: `${server.label} (${server.url})` }));
  }

  async #send() {
    const values = this.#values();
    const problem = this.#formProblem(values) ?? (await this.#bodyProblem());
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
    this.#showPanel('response');
    const outcome = await send({ method: this.#config.method.toUpperCase(), url, key: this.#panel.keys.read()!, body, signal: this.#controller.signal });
    sendButton.textContent = t('console.send');
    cancel.hidden = true;
    this.#showOutcome(outcome);
    const explanation = explain(outcome);
    if (explanation.retryAfter) setTimeout(() => (sendButton.disabled = false), explanation.retryAfter * 1000);
    else sendButton.disabled = false;
  }

  #fullBody = '';
  /** Counts the responses shown, so a late table never renders links for an older one. */
  #shown = 0;

  #showOutcome(outcome: Awaited<ReturnType<typeof send>>) {
    this.#el('[data-result]').hidden = false;
    this.#el('[data-no-response]').hidden = true;
    const explanation = explain(outcome);
    this.#say('[data-response-status]', outcome.kind === 'response' ? String(outcome.status) : '');
    this.#say('[data-response-badge]', outcome.kind === 'response' ? String(outcome.status) : '!');
    this.#say('[data-time]', `${Math.round(outcome.ms)} ms`);
    renderExplanation(this.#el('[data-explanation]'), explanation, { keyHelp: helpUrl('#revoking-a-key'), liveCode: `#${this.#el('[data-live-heading]').id}` });
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
    const target = this.#el('[data-next-calls]');
    const body = this.#fullBody;
    const shown = ++this.#shown;
    target.hidden = true;
    void nextCallTable(this.#config.nextCallsUrl).then((table) => {
      if (shown === this.#shown) renderNextCalls(target, body, table, import.meta.env.BASE_URL);
    }, () => undefined);
    this.#say('[data-truncated-text]', format(t('console.truncated'), { shown: PREVIEW_CHARS, total: this.#fullBody.length }));
  }

  #showAll() {
    renderJson(this.#el('[data-response-body]'), this.#fullBody);
    this.#el('[data-truncated]').hidden = true;
  }

  async #copyCurl() {
    const values = this.#values();
    const include = this.#el<HTMLInputElement>('[data-include-key]');
    const key = include.checked ? this.#panel.keys.read() : undefined;
    const command = toCurl(consoleRequest(this.#config, values), (name) => (name === '__body' ? this.#bodyText() : values.params[name]), { serverUrl: this.#panel.server().url, ...(key ? { key } : {}), ...(values.fileName ? { fileName: values.fileName } : {}) });
    await navigator.clipboard.writeText(command);
    include.checked = false;
    this.#say('[data-copy-message]', key ? t('console.copiedWithKey') : t('console.copied'));
  }
}

customElements.define('nairi-console', NairiConsole);
