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
