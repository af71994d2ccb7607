/**
 * @module The MDX components every content page may use without importing them.
 *
 * One list feeds both astro-auto-import (which injects the imports) and the build-time check
 * that rejects unknown components with the file and line.
 */

/** Component name → module path (relative to the project root). */
export const MDX_COMPONENTS = {
  Callout: './src/components/mdx/Callout.astro',
  Tabs: './src/components/mdx/Tabs.astro',
  Tab: './src/components/mdx/Tab.astro',
  Cards: './src/components/mdx/Cards.astro',
  Card: './src/components/mdx/Card.astro',
  Steps: './src/components/mdx/Steps.astro',
  TypeTable: './src/components/mdx/TypeTable.astro',
  // Diagrams drawn at build time; their text alternatives are in src/lib/diagrams (DIAGRAM_TEXT).
  MessageLifecycle: './src/components/diagrams/MessageLifecycle.astro',
  KeyPath: './src/components/diagrams/KeyPath.astro',
  FlowSequence: './src/components/diagrams/FlowSequence.astro',
} as const;

/** Names of the auto-imported components. */
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The astro-auto-import `imports` option: file names equal component names, so paths suffice. */
export function autoImports(): string[] {
  return Object.values(MDX_COMPONENTS);
}
