/**
 * @module An Expressive Code plugin that makes highlighted code lighter without changing how it
 * looks. Expressive Code writes each token's colours in both themes as an inline style
 * (`<span style="--0:#C792EA;--1:#8844AE">`, 32 bytes before the text). An operation page carries ten
 * programs, and those spans were 40% of its HTML. This plugin, per rendered line:
 * - unwraps spans that only restate the block's default text colour;
 * - gives the common colour pairs of the two themes a short class instead (`<span class="_2">`),
 *   whose colours come from one stylesheet (the plugin's base styles);
 * - merges neighbouring spans of the same class.
 * A pair missing from the table keeps its inline style, so nothing renders differently.
 */
import type { Element, ElementContent } from 'hast';

/**
 * Colour pairs (dark theme, light theme) of Starlight's default Night Owl themes, most used first,
 * as found in this site's built pages.
 */
export const TOKEN_COLOURS: [dark: string, light: string][] = [
  ['#D9F5DD', '#111111'], ['#C792EA', '#8844AE'], ['#82AAFF', '#3B61B0'], ['#C5E478', '#3B61B0'],
  ['#ECC48D', '#984E4D'], ['#7FDBCA', '#096E72'], ['#F78C6C', '#AA0982'], ['#E2817F', '#B23834'],
  ['#B2CCD6', '#096E72'], ['#D7DBE0', '#403F53'], ['#FF6A83', '#A24848'], ['#919F9F', '#5F636F'],
  ['#ECC48D', '#3B61B0'], ['#919F9F', '#5D6376'], ['#FFCB8B', '#111111'], ['#C789D6', '#7C5686'],
  ['#889FB2', '#4D667B'], ['#5CA7E4', '#3A688F'], ['#FAF39F', '#111111'],
];

/** The themes' default text colours (dark, light). A style without a light colour inherits this one. */
const DEFAULT_DARK = '#D6DEEB';
const DEFAULT_LIGHT = '#403F53';

/** Every way Expressive Code writes a pair, to the pair's class. */
const CLASS_BY_STYLE = new Map(TOKEN_COLOURS.flatMap(([dark, light], i) => {
  const cls = `_${i.toString(36)}`;
  return [[`--0:${dark};--1:${light}`, cls], ...(light === DEFAULT_LIGHT ? [[`--0:${dark}`, cls]] : [])] as [string, string][];
}));
const DEFAULT_STYLES = new Set([`--0:${DEFAULT_DARK};--1:${DEFAULT_LIGHT}`, `--0:${DEFAULT_DARK}`]);
const OUR_CLASSES = new Set(CLASS_BY_STYLE.values());

/**
 * CSS for the classes. `light-dark()` follows the page's `color-scheme`, which Starlight sets from its
 * theme switch. (Expressive Code rewrites selectors that start at `:root` in a plugin's base styles.)
 */
export function tokenClassStyles(): string {
  return TOKEN_COLOURS.map(([dark, light], i) => `.ec-line ._${i.toString(36)}{color:light-dark(${light},${dark})}`).join('');
}

const isSpan = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'span';
const ourClass = (node: Element) => {
  const names = node.properties.className;
  return Array.isArray(names) && names.length === 1 && OUR_CLASSES.has(String(names[0])) ? String(names[0]) : undefined;
};

/** Rewrites one element's children (recursively), as described in the module comment. */
export function compactTokens(parent: Element): void {
  const out: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') { pushMerged(out, child); continue; }
    compactTokens(child);
    const style = isSpan(child) && Object.keys(child.properties).length === 1 ? String(child.properties.style ?? '').toUpperCase() : '';
    if (style && DEFAULT_STYLES.has(style)) { for (const inner of child.children) pushMerged(out, inner); continue; }
    const cls = style ? CLASS_BY_STYLE.get(style) : undefined;
    pushMerged(out, cls ? { ...child, properties: { className: [cls] } } : child);
  }
  parent.children = out;
}

/** Appends `node`, joining it to the previous node when both are text or both are spans of one class. */
function pushMerged(out: ElementContent[], node: ElementContent) {
  const last = out.at(-1);
  if (last?.type === 'text' && node.type === 'text') { last.value += node.value; return; }
  if (last && isSpan(last) && isSpan(node)) {
    const cls = ourClass(last);
    if (cls && cls === ourClass(node)) { for (const inner of node.children) pushMerged(last.children, inner); return; }
  }
  out.push(node.type === 'text' ? { ...node } : node);
}

/** The Expressive Code plugin (registered in ec.config.mjs). */
export function pluginTokenClasses() {
  return {
    name: 'nairi-token-classes',
    baseStyles: tokenClassStyles(),
    hooks: {
      postprocessRenderedLine: ({ renderData }: { renderData: { lineAst: Element } }) => compactTokens(renderData.lineAst),
    },
  };
}
