/** @module Writes results into the console's markup. Text only: nothing from a response becomes HTML. */
import { format, t, type ClientStringKey as StringKey } from '../strings/client.ts';
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

/** Where the explanation's links lead. */
export interface ExplanationLinks {
  /** Creating and revoking keys. */
  keyHelp: string;
  /** The code for the current inputs, on this page. */
  liveCode: string;
}

/** A paragraph with a bold label and a value shown as code text. */
function labelled(label: string, value: string): HTMLParagraphElement {
  const p = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = `${label} `;
  const code = document.createElement('code');
  code.textContent = value;
  p.append(strong, code);
  return p;
}

/**
 * The explanation box: headline, the API's (or the browser's) own message as text, and the next
 * step. When the request never reached the server, the next step is the same request elsewhere:
 * a "Copy as curl" button (data-action, wired by the console) and a link to the live code.
 */
export function renderExplanation(target: HTMLElement, explanation: Explanation, links: ExplanationLinks): void {
  target.dataset.tone = explanation.tone;
  const headline = document.createElement('p');
  headline.textContent = format(t(explanation.title as StringKey), { seconds: explanation.retryAfter ?? 0 });
  const parts: Node[] = [headline];
  if (explanation.apiError) parts.push(labelled(t('console.apiMessage'), explanation.apiError));
  if (explanation.browserError) parts.push(labelled(t('console.browserMessage'), explanation.browserError));
  if (explanation.keyHelp) {
    const link = document.createElement('a');
    link.href = links.keyHelp;
    link.textContent = t('console.keyHelp');
    const p = document.createElement('p');
    p.append(link);
    parts.push(p);
  }
  if (explanation.cors) {
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'nr-button';
    copy.dataset.variant = 'secondary';
    copy.dataset.action = 'copy-curl';
    copy.textContent = t('console.copyCurl');
    const code = document.createElement('a');
    code.href = links.liveCode;
    code.textContent = t('console.seeCode');
    const p = document.createElement('p');
    p.append(copy, ' ', code);
    parts.push(p);
  }
  target.replaceChildren(...parts);
}
