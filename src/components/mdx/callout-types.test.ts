import { describe, expect, it } from 'vitest';
import { calloutVariant } from './callout-types.ts';

describe.each([
  ['info', 'note'],
  ['warn', 'caution'],
  ['error', 'danger'],
])('calloutVariant(%j)', (type, variant) => {
  it(`is Starlight's ${variant}`, () => expect(calloutVariant(type)).toBe(variant));
});

describe('calloutVariant with an unknown type', () => {
  it.each(['warning', 'tip', '', 'constructor', 'toString'])('rejects %j and lists the accepted types', (type) => {
    expect(() => calloutVariant(type)).toThrow(/"info", "warn", "error"/);
  });
});
