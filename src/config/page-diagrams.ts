/**
 * @module Diagrams shown after a page's own content, for pages whose body must not change (the
 * seeded help pages). Keyed by the docs entry id. The MarkdownContent override renders them in the
 * HTML page; the Markdown twin appends DIAGRAM_TEXT[name]({}) for the same names.
 */

/** Diagram components that can be appended (no props). */
export type AppendableDiagram = 'KeyPath' | 'MessageLifecycle';

export const APPENDED_DIAGRAMS: Record<string, readonly AppendableDiagram[]> = {
  // The console's key help links here ("Creating and revoking keys"): show where the key goes.
  'help/using-the-api': ['KeyPath'],
};

/** The diagrams to append to a docs entry, in order. */
export function appendedDiagrams(entryId: string): readonly AppendableDiagram[] {
  return APPENDED_DIAGRAMS[entryId] ?? [];
}
