/**
 * @module Fills each "Complete program" disclosure from its page partial the first time it is opened
 * (or pointed at, so the fetch usually finishes before the click). The partial is this site's own
 * built HTML. Its tab set restores the reader's language itself (Starlight's synced tabs), and
 * Expressive Code's copy buttons attach to added blocks on their own. On failure the disclosure
 * keeps its link to the Markdown twin and says the programs could not be loaded; opening it again retries.
 */
for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-programs]')) {
  const slot = details.querySelector<HTMLElement>('[data-programs-slot]')!;
  const loading = slot.querySelector<HTMLElement>('[data-loading]')!;
  const failed = slot.querySelector<HTMLElement>('[data-failed]')!;
  let request: Promise<void> | undefined;
  const load = () => {
    request ??= (async () => {
      loading.hidden = false;
      failed.hidden = true;
      const response = await fetch(details.dataset.programs!);
      if (!response.ok) throw new Error(`${response.status}`);
      slot.innerHTML = await response.text();
    })().catch(() => {
      request = undefined;
      loading.hidden = true;
      failed.hidden = false;
    });
    return request;
  };
  details.addEventListener('toggle', () => void (details.open && load()));
  details.querySelector('summary')!.addEventListener('pointerenter', () => void load(), { once: true });
  if (details.open) void load();
}
