/**
 * @module "Copy page": copies the page's Markdown twin. It is fetched from this site (same origin,
 * no credentials) when the button is pressed; nothing else is read, so no key can be copied.
 */
for (const actions of document.querySelectorAll<HTMLElement>('[data-page-actions]')) {
  const button = actions.querySelector<HTMLButtonElement>('[data-copy-page]')!;
  const status = actions.querySelector<HTMLElement>('[data-copy-page-status]')!;
  const twin = actions.querySelector<HTMLAnchorElement>('[data-page-twin]')!;
  button.addEventListener('click', async () => {
    try {
      const response = await fetch(twin.href, { credentials: 'omit', cache: 'no-cache' });
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      status.textContent = actions.dataset.copied!;
    } catch {
      status.textContent = actions.dataset.failed!;
    }
  });
}
