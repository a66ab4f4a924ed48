// Journey: a new version is published while the app is open. The open tab is not reloaded: it
// shows "A new version is ready — reload" and switches only when the user chooses; then the old
// version's cached files are gone.
// The new version is this build with a changed file: the journey rewrites the served sw.js
// (SITE_DIR, set by scripts/test.sh) with a new version id, and puts it back afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser, openApp, allSaved, assertNoErrors, screenshot, APP_READY } from './support.mjs';

const SITE_DIR = process.env.SITE_DIR ?? new URL('../../target/e2e-site/smarketing/', import.meta.url).pathname;
const SW = `${SITE_DIR}/sw.js`;
const HOUR = 60 * 60 * 1000;

let browser;
let original;
before(async () => {
  browser = await launchBrowser();
  original = readFileSync(SW, 'utf8');
});
after(async () => {
  writeFileSync(SW, original);
  await browser?.close();
});

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('a new version waits for the user: banner in the open tab, no reload, old cache removed', async () => {
  // The open tab checks for a new version hourly: its clock is Playwright's, to wind on.
  const { context, page, errors } = await openApp(browser, { clock: true });
  // Idle callbacks run on that clock too: the service worker registers when the page is idle.
  await page.clock.runFor(2000);
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active && navigator.serviceWorker.controller);
  });
  const [oldCache] = await cacheNames(page);
  await page.getByLabel('Name', { exact: true }).first().fill('Ada');
  await page.getByRole('button', { name: 'Add person' }).click();
  await allSaved(page);
  await page.evaluate(() => { window.__sameDocument = 'still here'; });

  // Publish: same files, new version id, as a rebuild with one changed file produces.
  const version = original.match(/"id":"([0-9a-f]+)"/)[1];
  writeFileSync(SW, original.replace(`"id":"${version}"`, `"id":"${version.split('').reverse().join('')}"`));

  await page.clock.runFor(HOUR + 1000);
  const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await banner.waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), 'still here', 'the page was reloaded');
  await screenshot(page, 'update-banner');

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.locator(APP_READY).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  await page.waitForFunction(async (old) => !(await caches.keys()).includes(old), oldCache);
  assert.equal((await cacheNames(page)).length, 1);
  assert.equal(await page.locator('.person-row .person-line-name').first().innerText(), 'Ada');
  assertNoErrors(errors);
  await context.close();
});
