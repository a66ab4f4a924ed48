// Journey: a new version of the app opens while an older one, in another tab, holds the
// database and does not let go. The bug: the new tab stayed on "Opening your data…" for 30 s
// and more with no word why. It now says what to do, and carries on once that tab closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, assertNoErrors, screenshot, APP_URL, APP_READY, DESKTOP, PHONE } from './support.mjs';

const browser = useBrowser();

test('an upgrade blocked by an older tab says to close it, and finishes when it closes', async () => {
  const context = await browser().newContext({ viewport: DESKTOP });
  // The "older app": a page of the same site holding a version-1 database open, ignoring the
  // request to close it as the first releases did.
  const older = await context.newPage();
  await older.goto(new URL('/', APP_URL).href);
  await older.evaluate(() => new Promise((ok, fail) => {
    const open = indexedDB.open('smarketing', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('people', { keyPath: 'id' });
      open.result.createObjectStore('settings');
    };
    open.onsuccess = () => { window.held = open.result; ok(); };
    open.onerror = () => fail(open.error);
  }));

  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(APP_URL + '#/roster');
  const notice = page.getByRole('alert').filter({ hasText: 'Close the other Smarketing Meetings tab to finish updating' });
  await notice.waitFor();
  await screenshot(page, 'blocked-upgrade-desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'blocked-upgrade-phone');
  // Only index.html's loading frame is there: the app's own header waits for the data.
  assert.equal(await page.locator(APP_READY).count(), 0, 'the app waits for the data');

  await older.evaluate(() => window.held.close());
  await page.getByRole('heading', { name: 'Roster', level: 1 }).waitFor();
  await page.locator('.save-status', { hasText: 'All changes saved' }).waitFor();
  assert.equal(await notice.count(), 0);
  assertNoErrors(errors);
  await context.close();
});
