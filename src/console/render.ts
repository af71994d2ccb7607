/** @module Writes results into the console's markup. Text only: nothing from a response becomes HTML. */
import { format, t, type StringKey } from '../strings/index.ts';
import type { Explanation } from './explain.ts';
import { tokenizeJson } from './json-tokens.ts';

/** Bodies longer than this show a "show all" button first. */
export const PREVIEW_CHARS = 20_000;

/** Pretty-prints JSON text when it parses; otherwise returns it unchanged. */
export function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** Fills `target` with highlighted JSON tokens (spans with textContent). */
export function renderJson(target: HTMLElement, text: string): void {
  target.replaceChildren(
    ...tokenizeJson(text).map((token) => {
      if (token.kind === 'space' || token.kind === 'punct') return document.createTextNode(token.text);
      const span = document.createElement('span');
      span.className = `json-${token.kind}`;
      span.textContent = token.text;
      return span;
    }),
  );
}

/** The explanation box: headline, the API's own message as text, and the next step. */
export function renderExplanation(target: HTMLElement, explanation: Explanation, helpHref: string): void {
  target.dataset.tone = explanation.tone;
  const parts: Node[] = [];
  const headline = document.createElement('p');
  headline.textContent = format(t(explanation.title as StringKey), { seconds: explanation.retryAfter ?? 0 });
  parts.push(headline);
  if (explanation.apiError) {
    const api = document.createElement('p');
    const label = document.createElement('strong');
    label.textContent = `${t('console.apiMessage')} `;
    const code = document.createElement('code');
    code.textContent = explanation.apiError;
    api.append(label, code);
    parts.push(api);
  }
  if (explanation.keyHelp) {
    const link = document.createElement('a');
    link.href = helpHref;
    link.textContent = t('console.keyHelp');
    const p = document.createElement('p');
    p.append(link);
    parts.push(p);
  }
  target.replaceChildren(...parts);
}
