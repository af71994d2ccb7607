/** @module Rewrites Starlight's search button so its accessible name contains its visible text. */

const BUTTON = /<button data-open-modal([^>]*?) aria-label="[^"]*"([^>]*)>/;
const LABEL = /<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/;
const SHORTCUT = /<kbd class="sl-hidden md:sl-flex([^"]*)"/;

/**
 * Replaces the button's `aria-label` with `aria-labelledby` pointing at its visible label and
 * keyboard shortcut; the label loses `aria-hidden`, since it is now the name. Throws when Starlight's markup no longer matches, so an upgrade that changes
 * it fails the build instead of silently dropping the fix.
 */
export function labelSearchButton(html: string): string {
  for (const [name, pattern] of [['button', BUTTON], ['label', LABEL], ['shortcut', SHORTCUT]] as const) {
    if (!pattern.test(html)) throw new Error(`Search override: Starlight's search ${name} markup changed; update label-search-button.ts.`);
  }
  return html
    .replace(BUTTON, '<button data-open-modal$1 aria-labelledby="nairi-search-label nairi-search-keys"$2>')
    .replace(LABEL, '<span id="nairi-search-label" class="sl-hidden md:sl-block$1">')
    .replace(SHORTCUT, '<kbd id="nairi-search-keys" class="sl-hidden md:sl-flex$1"')
    // Without a space the content reads "SearchCtrlK", which the name "Search CtrlK" does not contain.
    .replace('</span><kbd id="nairi-search-keys"', '</span> <kbd id="nairi-search-keys"');
}
