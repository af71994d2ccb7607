/**
 * @module IDs in a response lead to the next call: each ID with a known prefix gets links to the
 * operations that take it, the ID carried in the URL fragment (`#prefill:message_id=cmsg_…`). The
 * page's console fills the parameter from it; the key never travels, and Send stays the user's act.
 */
import type { NextCall } from '../lib/openapi/id-links.ts';
import { withBase } from '../markdown/base-links.ts';
import { t } from '../strings/client.ts';

const ID = /\b([a-z]+)_[0-9A-HJKMNP-TV-Z]{26}\b/g;
const PREFILL = '#prefill:';

/** The distinct IDs in a text whose prefix has operations, in order of appearance. */
export function findIds(text: string, table: Record<string, NextCall[]>): string[] {
  return [...new Set([...text.matchAll(ID)].filter((m) => table[m[1]!]).map((m) => m[0]))];
}

/** The link that opens `call` with `id` filled in. */
export const prefillHref = (call: NextCall, id: string, base: string) => `${withBase(call.path, base)}${PREFILL}${encodeURIComponent(call.param)}=${encodeURIComponent(id)}`;

/** Parameter values carried by a `#prefill:` fragment; anything else gives none. */
export function readPrefill(hash: string): Record<string, string> {
  if (!hash.startsWith(PREFILL)) return {};
  return Object.fromEntries(new URLSearchParams(hash.slice(PREFILL.length)));
}

/**
 * The JSON body text with one top-level field set from a prefill, when the operation's body has that
 * field and the text is an object; otherwise undefined (the text is left as the user has it).
 */
export function prefillBody(text: string, field: string, value: string, properties: Record<string, unknown>): string | undefined {
  if (!Object.hasOwn(properties, field)) return undefined;
  let body: unknown;
  try { body = JSON.parse(text); } catch { return undefined; }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return JSON.stringify({ ...body, [field]: value }, null, 2);
}

/** Fills `target` with the next calls for the IDs in `text`, or hides it when there are none. */
export function renderNextCalls(target: HTMLElement, text: string, table: Record<string, NextCall[]>, base: string): void {
  const ids = findIds(text, table);
  target.hidden = ids.length === 0;
  const list = document.createElement('ul');
  for (const id of ids) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = id;
    item.append(code, ': ');
    table[id.slice(0, id.indexOf('_'))]!.forEach((call, i) => {
      const link = document.createElement('a');
      link.href = prefillHref(call, id, base);
      link.textContent = call.label;
      item.append(...(i ? [', '] : []), link);
    });
    list.append(item);
  }
  const heading = document.createElement('p');
  heading.textContent = t('console.nextCalls');
  target.replaceChildren(heading, list);
}
