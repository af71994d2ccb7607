/**
 * @module `?lang=go` selects that language in every synced tab set on the page. Clicking the tab is
 * what a reader would do, so Starlight syncs the other tab sets and remembers the choice.
 */
import { labelForParam } from '../../lib/snippets/labels.ts';

const param = new URLSearchParams(location.search).get('lang');
const label = param ? labelForParam(param) : undefined;
if (label) {
  customElements.whenDefined('starlight-tabs').then(() => {
    const tabs = [...document.querySelectorAll<HTMLElement>('starlight-tabs [role="tab"]')];
    tabs.find((tab) => tab.textContent?.trim() === label)?.click();
  });
}
