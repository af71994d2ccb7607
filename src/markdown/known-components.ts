/**
 * @module Build-time check that every JSX component used in MDX exists.
 *
 * MDX itself only fails at render time, with a message that names the component but not the
 * page. This check fails the compile of the page instead, naming file, line and column. It also
 * checks a literal `<Callout type="…">` here, so that mistake fails as early and as precisely.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { MDX_COMPONENTS } from './components.ts';
import { calloutVariant } from '../components/mdx/callout-types.ts';

/** Names a page brings into scope itself with `import` or `export const|function`. */
export function declaredNames(esm: string): string[] {
  const names: string[] = [];
  for (const [, clause] of esm.matchAll(/import\s+([^'"]+?)\s+from\s/g)) {
    for (const part of clause!.replace(/[{}*]/g, ',').split(',')) {
      const name = part.trim().split(/\bas\s+/).at(-1)?.trim();
      if (name) names.push(name);
    }
  }
  for (const [, name] of esm.matchAll(/export\s+(?:const|let|function)\s+([A-Za-z_$][\w$]*)/g)) names.push(name!);
  return names;
}

/** True when a JSX name refers to a component (capitalised or member access) rather than an HTML tag. */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}

/** Error text for an unknown component: where it is and what is available. */
export function unknownComponentMessage(name: string, file: string, line?: number, column?: number): string {
  const where = line ? `${file}:${line}:${column ?? 1}` : file;
  const known = Object.keys(MDX_COMPONENTS).join(', ');
  return `${where}: unknown MDX component <${name}>. Available without import: ${known}. Import anything else at the top of the page.`;
}

interface JsxNode {
  name: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

/** Throws, prefixed with `where`, when a Callout's literal `type` is not one the dialect has. */
function checkCalloutType(node: JsxNode, where: string) {
  const type = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'type')?.value;
  if (typeof type !== 'string') return;
  try {
    calloutVariant(type);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** Sätteri mdast plugin enforcing the rule above for MDX files. */
export function knownComponentsPlugin(): MdastPluginDefinition {
  let declared = new Set<string>();
  const check = (node: JsxNode, ctx: any) => {
    if (!node.name || !isComponentName(node.name)) return;
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '<mdx>';
    const start = node.position?.start;
    if (node.name === 'Callout') checkCalloutType(node, `${file}:${start?.line ?? 1}:${start?.column ?? 1}`);
    const root = node.name.split('.')[0]!;
    if (root in MDX_COMPONENTS || declared.has(root)) return;
    throw new Error(unknownComponentMessage(node.name, file, start?.line, start?.column));
  };
  return {
    name: 'nairi-known-components',
    options: { position: true },
    before(root) {
      const esm = root.children.filter((child) => child.type === 'mdxjsEsm').map((child: any) => child.value);
      declared = new Set(declaredNames(esm.join('\n')));
    },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  };
}
