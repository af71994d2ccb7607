/**
 * @module The UI strings the browser needs (the console and the quickstart runner), in a table of
 * their own: a client script that imported every string of the site shipped 8 KB of text it never
 * shows. Server-side code reads these through `strings/index.ts` like any other string.
 */
import client from './client.json';

/** A key of the browser's string table. */
export type ClientStringKey = keyof typeof client;

/** The English text for a key. */
export function t(key: ClientStringKey): string {
  return client[key];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
