import { describe, expect, it } from 'vitest';
import { labelSearchButton } from './label-search-button.ts';

const STARLIGHT =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="a">' +
  '<span class="sl-hidden md:sl-block a" aria-hidden="true">Search</span>' +
  '<kbd class="sl-hidden md:sl-flex a" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
  '<dialog aria-label="Search"></dialog></site-search>';

describe('labelSearchButton', () => {
  it('labels the button by its visible text and keeps the dialog label', () => {
    const html = labelSearchButton(STARLIGHT);
    expect(html).toContain('<button data-open-modal disabled aria-labelledby="nairi-search-label nairi-search-keys" aria-keyshortcuts="Control+K" class="a">');
    expect(html).toContain('<span id="nairi-search-label" class="sl-hidden md:sl-block a">Search</span> <kbd id="nairi-search-keys" class="sl-hidden md:sl-flex a" style="display: none;">');
    expect(html).toContain('<dialog aria-label="Search">');
  });

  it('fails loudly when the markup changes', () => {
    expect(() => labelSearchButton('<button data-open-modal>Search</button>')).toThrow(/markup changed/);
  });
});
