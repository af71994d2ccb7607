/** @module The static import graph of built ES module chunks: read by the size budgets and the module preloads. */

/** Static imports of an ES module chunk (`import … from "./x.js"`, `import "./y.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}
