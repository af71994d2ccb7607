import { describe, expect, it } from 'vitest';
import { hasPrefix, newId, slugify } from './ids.ts';

describe('newId', () => {
  it('makes prefixed ULIDs that sort by creation', () => {
    const a = newId('cci');
    const b = newId('cci');
    expect(hasPrefix(a, 'cci')).toBe(true);
    expect(a < b).toBe(true);
    expect(newId('')).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});

describe.each([
  ['My New Agent', 'my-new-agent'],
  ['  Support -- Bot!! ', 'support-bot'],
  ['acme/Support Bot', 'acme/support-bot'],
  ['Café Déjà Vu', 'cafe-deja-vu'],
  ['///', ''],
])('slugify(%j)', (name, slug) => {
  it(`is ${JSON.stringify(slug)}`, () => expect(slugify(name)).toBe(slug));
});
