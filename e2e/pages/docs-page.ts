/** @module Page object for any docs page: header search, theme picker, table of contents, sidebar. */
import type { Locator, Page } from '@playwright/test';

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

  /** Opens the header search dialog and types a query. */
  async search(query: string) {
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
