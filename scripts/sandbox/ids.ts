/** @module IDs as the API makes them: a type prefix plus a ULID. */
import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

/** A new ID such as `cci_01KEQ6963XS96YDP3NF9NKB7QJ`; an empty prefix gives a bare ULID. */
export function newId(prefix: string): string {
  return prefix ? `${prefix}_${ulid()}` : ulid();
}

/** True for `<prefix>_<ULID>`. */
export function hasPrefix(id: string, prefix: string): boolean {
  return new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`).test(id);
}

/**
 * The slug of an agent name: lowercase words joined by `-`; `/` is kept between parts, since
 * slugs such as `acme/support-bot` exist. `"My New Agent"` → `"my-new-agent"`.
 */
export function slugify(name: string): string {
  return name
    .split('/')
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('/');
}
