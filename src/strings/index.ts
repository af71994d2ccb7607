/** @module Every user-facing UI string, looked up by dotted key. Components never hard-code text. */
import client from './client.json';
import site from './en.json';

export { format } from './client.ts';

const en = { ...site, ...client };

/** A key of the string table. */
export type StringKey = keyof typeof en;

/** The English text for a key. */
export function t(key: StringKey): string {
  return en[key];
}

/** Starlight's own UI strings that this site rewords: the `starlight.*` keys, without the prefix. */
export function starlightStrings(): Record<string, string> {
  const prefix = 'starlight.';
  return Object.fromEntries(Object.entries(site).filter(([key]) => key.startsWith(prefix)).map(([key, text]) => [key.slice(prefix.length), text]));
}
