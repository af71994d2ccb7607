/**
 * @module The console's Request and Response tabs (the WAI-ARIA tabs pattern): the selected tab is
 * the only one in the tab order and arrow keys, Home and End move between tabs. Only tabs marked
 * `data-panel-tab` are handled, so the language tabs inside a panel keep their own behaviour.
 */
export type PanelName = 'request' | 'response';

export function attachPanelTabs(root: HTMLElement): { show(name: PanelName, focus?: boolean): void } {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-panel-tab]')];
  const show = (name: PanelName, focus = false) => {
    for (const tab of tabs) {
      const selected = tab.dataset.panelTab === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      root.querySelector<HTMLElement>(`#${CSS.escape(tab.getAttribute('aria-controls')!)}`)!.hidden = !selected;
      if (selected && focus) tab.focus();
    }
  };
  const moves: Record<string, (i: number) => number> = {
    ArrowRight: (i) => (i + 1) % tabs.length,
    ArrowLeft: (i) => (i - 1 + tabs.length) % tabs.length,
    Home: () => 0,
    End: () => tabs.length - 1,
  };
  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener('click', () => show(tab.dataset.panelTab as PanelName));
    tab.addEventListener('keydown', (e) => {
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      show(tabs[move(index)]!.dataset.panelTab as PanelName, true);
    });
  }
  return { show };
}
