// Journey: the shell's notices (failed save, storage, another tab, a new version, keeping the
// data) download once the first page has shown and the browser is idle. Pages that show before
// that moment must not render them a second time: that disposed the first notices' actions while
// they were still in use, and the next save trapped in `Action::dispatch` (seen in CI after an
// import, where two pages show before the browser is idle). The browser's idle callbacks are held
// here and run one at a time, so the order that once broke is played every time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, addPeople, assertNoErrors, noticesArrived, APP_URL } from './support.mjs';

const browser = useBrowser();

/** Holds every idle callback until the test runs it: `__runNextIdleCallback()` runs the oldest. */
const holdIdleCallbacks = () => {
  const held = new Map();
  let handles = 0;
  window.requestIdleCallback = (callback) => { held.set(++handles, callback); return handles; };
  window.cancelIdleCallback = (handle) => held.delete(handle);
  window.__heldIdleCallbacks = () => held.size;
  window.__runNextIdleCallback = () => {
    const [handle, callback] = held.entries().next().value;
    held.delete(handle);
    callback({ didTimeout: false, timeRemaining: () => 50 });
  };
};

/** Lets the app's tasks queued so far run (a zero timeout: a turn of the event loop, no wait). */
const settle = (page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

test('two pages before the browser is idle: the notices come once and a save after them works', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster', initScript: holdIdleCallbacks });
  await page.getByRole('button', { name: 'Add person' }).waitFor();
  await page.goto(APP_URL + '#/exchange');
  await page.locator('#import-file').waitFor();
  assert.equal(await page.locator('.shell-notices').count(), 0, 'no notices before the browser is idle');

  // The first idle moment brings the notices; the later ones must leave them as they are.
  await page.evaluate(() => window.__runNextIdleCallback());
  await noticesArrived(page);
  const notices = await page.locator('.shell-notices').elementHandle();
  while (await page.evaluate(() => window.__heldIdleCallbacks()) > 0) {
    await page.evaluate(() => window.__runNextIdleCallback());
    await settle(page);
  }
  assert.equal(await page.locator('.shell-notices').count(), 1);
  assert.ok(await notices.evaluate((element) => element.isConnected), 'the first notices stay');

  // A save is what the notices react to (asking the browser to keep the data).
  await addPeople(page, [['Ada', 'sales']]);
  await settle(page);
  assertNoErrors(errors);
  await context.close();
});
