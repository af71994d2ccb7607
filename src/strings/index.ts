/** @module Every user-facing UI string, looked up by dotted key. Components never hard-code text. */
import en from './en.json';

/** A key of the string table. */
export type StringKey = keyof typeof en;

/** The English text for a key. */
export function t(key: StringKey): string {
  return en[key];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Starlight's own UI strings that this site rewords: the `starlight.*` keys, without the prefix. */
export function starlightStrings(): Record<string, string> {
  const prefix = 'starlight.';
  return Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith(prefix)).map(([key, text]) => [key.slice(prefix.length), text]));
}
