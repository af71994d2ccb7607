/**
 * @module <nairi-flow-runner>: runs a quickstart flow from its page, step by step or all the way.
 * The steps are the flow file's (built into the page as a runner plan); values saved by one step feed
 * the next. The key is read from the tab's key store for each request and never shown or stored here.
 * Against a server other than the local sandbox, it asks once before the first write call.
 */
import type { TryItServer } from '../config/tryit.ts';
import { stepsFromPlan, type RunnerPlan, type RunnerStep } from '../lib/samples/runner-plan.ts';
import { format, t, type ClientStringKey as StringKey } from '../strings/client.ts';
import { runStep, type StepReport } from './flow-run.ts';
import { attachKeyPanel, type KeyPanel } from './key-panel.ts';
import { prettyBody, renderJson } from './render.ts';
import { send } from './send.ts';

type State = 'waiting' | 'running' | 'done' | 'failed';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class NairiFlowRunner extends HTMLElement {
  #steps: RunnerStep[] = [];
  #panel!: KeyPanel;
  #vars = new Map<string, unknown>();
  #next = 0;
  #controller: AbortController | undefined;
  /** The server the user agreed to send write calls to, for this run. */
  #confirmed: string | undefined;
  #downloads: string[] = [];

  #q<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    const config = JSON.parse(this.#q('script[data-config]').textContent!) as { plan: RunnerPlan; servers: TryItServer[] };
    this.#steps = stepsFromPlan(config.plan);
    this.#panel = attachKeyPanel(this, config.servers);
    this.#q('[data-run="all"]').addEventListener('click', () => void this.#run(true));
    this.#q('[data-run="next"]').addEventListener('click', () => void this.#run(false));
    this.#q('[data-run="stop"]').addEventListener('click', () => this.#controller?.abort());
    this.#q('[data-run="reset"]').addEventListener('click', () => this.#reset());
    window.addEventListener('pagehide', () => this.#controller?.abort());
    this.dataset.ready = 'true';
  }

  #say(text: string) {
    this.#q('[data-run-status]').textContent = text;
  }

  #inputs() {
    return [...this.querySelectorAll<HTMLInputElement>('[data-input]')];
  }

  #setState(index: number, state: State) {
    const item = this.#q(`[data-step="${index}"]`);
    item.dataset.state = state;
    item.querySelector('[data-state-label]')!.textContent = t(`runner.state.${state}` as StringKey);
  }

  #reset() {
    this.#controller?.abort();
    this.#downloads.forEach((url) => URL.revokeObjectURL(url));
    this.#downloads = [];
    this.#vars.clear();
    this.#next = 0;
    this.#confirmed = undefined;
    for (const input of this.#inputs()) input.readOnly = false;
    this.#steps.forEach((_, i) => {
      this.#setState(i, 'waiting');
      const detail = this.#q(`[data-step="${i}"] [data-detail]`);
      detail.hidden = true;
      detail.replaceChildren();
    });
    this.#say(format(t('runner.ready'), { count: this.#steps.length }));
  }

  /** Checks what a run needs before anything is sent; returns false after saying why not. */
  #ready(): boolean {
    if (!this.#panel.keys.read()) return this.#say(t('runner.needKey')), false;
    if (this.#next === 0) {
      const empty = this.#inputs().find((input) => !input.value.trim());
      if (empty) return this.#say(format(t('runner.emptyInput'), { name: empty.dataset.input! })), false;
    }
    const server = this.#panel.server();
    const writes = this.#steps.slice(this.#next).some((s) => s.request.method !== 'GET');
    if (!server.sandbox && writes && this.#confirmed !== server.url) {
      if (!window.confirm(format(t('runner.confirmWrites'), { server: `${server.label} (${server.url})` }))) return this.#say(t('runner.confirmCancelled')), false;
      this.#confirmed = server.url;
    }
    return true;
  }

  #busy(busy: boolean) {
    for (const name of ['all', 'next', 'reset']) this.#q<HTMLButtonElement>(`[data-run="${name}"]`).disabled = busy;
    this.#q('[data-run="stop"]').hidden = !busy;
  }

  async #run(all: boolean) {
    if (this.#next >= this.#steps.length || !this.#ready()) return;
    if (this.#next === 0) {
      for (const input of this.#inputs()) {
        input.readOnly = true;
        this.#vars.set(input.dataset.input!, input.value.trim());
      }
    }
    this.#controller = new AbortController();
    this.#busy(true);
    const count = this.#steps.length;
    do {
      const index = this.#next;
      const step = this.#steps[index]!;
      this.#setState(index, 'running');
      this.#say(format(t('runner.running'), { n: index + 1, count, title: step.title ?? '' }));
      const report = await runStep(step, {
        serverUrl: this.#panel.server().url,
        vars: this.#vars,
        signal: this.#controller.signal,
        send: (request, signal) => send({ ...request, key: this.#panel.keys.read() ?? '', signal }),
        progress: (partial) => this.#show(index, partial),
      });
      this.#show(index, report);
      if (report.error) {
        this.#setState(index, 'failed');
        this.#say(format(t('runner.stoppedAt'), { n: index + 1, message: report.error }));
        break;
      }
      this.#setState(index, 'done');
      this.#next++;
      this.#say(this.#next === count ? format(t('runner.allDone'), { count }) : format(t('runner.stepDone'), { n: index + 1, count }));
    } while (all && this.#next < count);
    this.#busy(false);
  }

  /** Writes a step's request, response, saved values and output. Text only, never HTML. */
  #show(index: number, report: StepReport) {
    const detail = this.#q(`[data-step="${index}"] [data-detail]`);
    detail.hidden = false;
    const wasOpen = detail.querySelector('details')?.open;
    // The exchange itself folds away (it is long); what the step produced stays in view.
    const exchange = el('details');
    exchange.open = Boolean(report.error) || Boolean(wasOpen);
    exchange.append(el('summary', report.outcome?.kind === 'response' ? `${t('runner.exchange')} (${report.outcome.status})` : t('runner.exchange')));
    exchange.append(el('p', t('runner.request'), 'detail-label'));
    const request = el('pre');
    request.tabIndex = 0;
    request.append(el('code', `${report.request.method} ${report.request.url}${report.request.body ? `\n\n${prettyBody(report.request.body)}` : ''}`));
    exchange.append(request);
    if (report.outcome?.kind === 'response') {
      exchange.append(el('p', `${t('runner.response')} ${report.outcome.status}`, 'detail-label'));
      const code = el('code');
      renderJson(code, prettyBody(report.outcome.body));
      const pre = el('pre');
      pre.tabIndex = 0;
      pre.append(code);
      exchange.append(pre);
    }
    const parts: Node[] = [exchange];
    if (report.polled.length) parts.push(el('p', `${t('runner.polled')} ${report.polled.join(' → ')}`));
    if (report.saved.length) {
      const list = el('ul');
      for (const [name, value] of report.saved) {
        const item = el('li');
        item.append(el('code', name), ' = ', el('code', value));
        list.append(item);
      }
      parts.push(el('p', t('runner.saved'), 'detail-label'), list);
    }
    if (report.printed) parts.push(el('p', report.printed, 'printed'));
    if (report.file) {
      const url = URL.createObjectURL(new Blob([report.file.bytes as BlobPart]));
      this.#downloads.push(url);
      const link = el('a', format(t('runner.download'), { name: report.file.name, bytes: report.file.bytes.length }));
      link.href = url;
      link.download = report.file.name;
      const p = el('p');
      p.append(link);
      parts.push(p);
    }
    if (report.error) parts.push(el('p', report.error, 'error'));
    detail.replaceChildren(...parts);
  }
}

customElements.define('nairi-flow-runner', NairiFlowRunner);
