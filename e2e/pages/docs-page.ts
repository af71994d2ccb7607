/** @module Page object for any docs page: header search, theme picker, table of contents, sidebar. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How long Pagefind's field may take to appear. Starlight creates it when the browser is next idle
 * after the page loads, which a busy machine can put off for a long time; tests that search are
 * marked slow so this wait fits in them.
 */
export const SEARCH_FIELD_READY = { timeout: 90_000 };

export class DocsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(path: string) {
    await this.page.goto(path);
  }

  get title(): Locator {
    return this.page.locator('main h1').first();
  }

  heading(id: string): Locator {
    return this.page.locator(`main [id="${id}"]`);
  }

  get content(): Locator {
    return this.page.locator('main .sl-markdown-content');
  }

  /** Waits until Pagefind's field exists (see SEARCH_FIELD_READY). */
  async searchReady() {
    await expect(this.page.getByRole('button', { name: /^Search/ }).first()).toBeEnabled();
    await expect(this.page.locator('#starlight__search input')).toBeAttached(SEARCH_FIELD_READY);
  }

  /** Opens the header search dialog and types a query. */
  async search(query: string) {
    await this.searchReady();
    await this.page.getByRole('button', { name: /^Search/ }).first().click();
    await this.searchInput.fill(query);
    return this.page.locator('.pagefind-ui__result');
  }

  /** Pagefind's query field inside the search dialog. */
  get searchInput(): Locator {
    return this.page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
  }

  async chooseTheme(value: 'dark' | 'light' | 'auto') {
    await this.page.locator('starlight-theme-select select').first().selectOption(value);
  }

  async theme() {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
