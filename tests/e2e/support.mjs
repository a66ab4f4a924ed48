// Shared set-up for the end-to-end journeys: the system Chromium, the app's URL, and a page
// that fails its test on any console error or uncaught exception (how a broken bundle shows).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:8181/smarketing/';
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Opens the app at `hash` in a fresh profile and returns the page plus its collected errors. */
export async function openApp(browser, { hash = '#/roster', viewport = DESKTOP, initScript } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(APP_URL + hash);
  await page.locator('.app-header').waitFor();
  return { context, page, errors };
}

/** Waits until every change has reached IndexedDB, as the status line reports. */
export async function allSaved(page) {
  await page.locator('.save-status', { hasText: 'All changes saved' }).waitFor();
}

export function assertNoErrors(errors) {
  assert.deepEqual(errors, [], 'the page logged errors');
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
}
