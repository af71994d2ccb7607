/** @module Page object for an operation page's try-it console. */
import type { Locator, Page } from '@playwright/test';

export class ConsolePage {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('nairi-console');
  }

  async open(path: string) {
    await this.page.goto(path);
    await this.root.and(this.page.locator('[data-ready="true"]')).waitFor();
  }

  keyInput = () => this.root.getByLabel('API key');
  keyMessage = () => this.root.locator('[data-key-message]');
  formMessage = () => this.root.locator('[data-form-message]');
  body = () => this.root.getByLabel('Request body (JSON)');
  status = () => this.root.locator('[data-response-status]');
  explanation = () => this.root.locator('[data-explanation]');
  responseBody = () => this.root.locator('[data-response-body]');
  mask = () => this.root.locator('[data-key-mask]');

  async useKey(key: string) {
    await this.keyInput().fill(key);
    await this.root.getByRole('button', { name: 'Use key' }).click();
  }

  async chooseServer(url: string) {
    await this.root.getByLabel('Server').selectOption(url);
  }

  param(name: string) {
    return this.root.locator(`[data-console-param="${name}"]`);
  }

  /** Opens the Request tab (Send switches to Response). */
  async editRequest() {
    await this.root.getByRole('tab', { name: 'Request', exact: true }).click();
  }

  async fillParam(name: string, value: string) {
    await this.editRequest();
    await this.param(name).fill(value);
  }

  async fillBody(text: string) {
    await this.editRequest();
    await this.body().fill(text);
  }

  /** Sends and waits for the answer to be shown. */
  async send() {
    await this.root.getByRole('button', { name: 'Send request' }).click();
    await this.root.getByRole('button', { name: 'Send request' }).and(this.page.locator(':enabled')).waitFor();
  }
}
