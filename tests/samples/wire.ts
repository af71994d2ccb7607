/** @module What the sample tests compare a recorded request with, computed apart from the emitters. */

/** JSON with object keys sorted (Go's encoder sorts them); own `__proto__` keys are kept. */
export const canonicalJson = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map(canonicalJson).join(',')}]`
    : value && typeof value === 'object' ? `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`
      : JSON.stringify(value);
