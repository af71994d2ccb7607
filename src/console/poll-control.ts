/**
 * @module The console's "Poll until completed" button (operations marked `x-poll`): runs pollUntil
 * with the console's own Send, shows each value as it changes with a running count, and stops on a
 * final value, Cancel, leaving the page, an error or after 2 minutes. Pressing it is the user's act.
 */
import { format, t } from '../strings/client.ts';
import type { ConsoleConfig } from './config.ts';
import { pollUntil } from './poll.ts';
import type { SendOutcome } from './send.ts';

export interface PollHost {
  /** The URL to poll, or undefined when the form has a problem (the console shows it). */
  prepare(): string | undefined;
  sendOnce(url: string, signal: AbortSignal): Promise<SendOutcome>;
  show(outcome: SendOutcome): void;
}

export function attachPoll(root: HTMLElement, rule: NonNullable<ConsoleConfig['poll']>, host: PollHost): void {
  const button = root.querySelector<HTMLButtonElement>('[data-poll]')!;
  const send = root.querySelector<HTMLButtonElement>('[data-send]')!;
  const cancel = root.querySelector<HTMLButtonElement>('[data-cancel]')!;
  const panel = root.querySelector<HTMLElement>('[data-poll-panel]')!;
  const status = root.querySelector<HTMLElement>('[data-poll-status]')!;
  const log = root.querySelector<HTMLOListElement>('[data-poll-log]')!;

  button.addEventListener('click', async () => {
    const url = host.prepare();
    if (!url) return;
    const controller = new AbortController();
    const stop = () => controller.abort();
    cancel.addEventListener('click', stop);
    window.addEventListener('pagehide', stop);
    button.disabled = send.disabled = true;
    cancel.hidden = false;
    panel.hidden = false;
    log.replaceChildren();
    status.setAttribute('aria-busy', 'true');
    let count = 0;
    let last: string | undefined;
    const end = await pollUntil(() => host.sendOnce(url, controller.signal), rule, (outcome, value) => {
      count++;
      host.show(outcome);
      if (value !== undefined && value !== last) {
        const item = document.createElement('li');
        item.textContent = value;
        log.append(item);
      }
      last = value ?? last;
      status.textContent = format(t('console.polling'), { field: rule.field, value: value ?? '?', count });
    }, { intervalMs: 2000, deadlineMs: 120_000, signal: controller.signal });
    cancel.removeEventListener('click', stop);
    window.removeEventListener('pagehide', stop);
    button.disabled = send.disabled = false;
    cancel.hidden = true;
    status.removeAttribute('aria-busy');
    const values = { field: rule.field, value: last ?? '?', count };
    status.textContent =
      end.reason === 'final' ? (end.value === rule.failWhen ? format(t('console.pollFailed'), values) : format(t('console.pollFinal'), values))
        : end.reason === 'cancelled' ? t('console.pollCancelled')
          : end.reason === 'deadline' ? format(t('console.pollDeadline'), values)
            : t('console.pollError');
  });
}
