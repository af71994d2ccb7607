/** @module Maps the product's callout types onto Starlight's aside variants. */

/** Callout types accepted in content, as the product's pages write them. */
export const CALLOUT_TYPES = { info: 'note', warn: 'caution', error: 'danger' } as const;

/** A callout type accepted in content. */
export type CalloutType = keyof typeof CALLOUT_TYPES;

/** Starlight aside variant for a callout type; throws with the accepted list for anything else. */
export function calloutVariant(type: string): (typeof CALLOUT_TYPES)[CalloutType] {
  if (Object.hasOwn(CALLOUT_TYPES, type)) return CALLOUT_TYPES[type as CalloutType];
  const accepted = Object.keys(CALLOUT_TYPES).map((t) => `"${t}"`).join(', ');
  throw new Error(`<Callout type="${type}"> is not supported; use one of ${accepted}.`);
}
