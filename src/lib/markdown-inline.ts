/** @module Renders one short Markdown string (a description) to inline HTML at build time. */
import { markdownToHtml } from 'satteri';

/** `Use \`x\`` → `Use <code>x</code>`, without the wrapping paragraph. */
export async function inlineMarkdown(text: string | undefined): Promise<string> {
  if (!text) return '';
  const { html } = markdownToHtml(text);
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
