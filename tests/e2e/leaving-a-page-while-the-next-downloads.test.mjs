// Journey: the facilitator leaves a page while the next page's code is still downloading, and
// something the old page was waiting for arrives in that moment. Nothing breaks: the old page
// is gone at once, and the next page shows when its code is here.
//
// This once crashed the app (a Leptos panic, "Tried to access a reactive value that has already
// been disposed"): the page stayed on screen until the next one was ready, though its signals
// were already disposed, and the browser's storage estimate arriving then woke the Storage
// panel, which read its disposed resource. The journey holds both the estimate and the
// Schedule area's code, then lets the estimate through first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, APP_URL } from './support.mjs';

const browser = useBrowser();

/** The browser's storage estimate waits until the page calls `__answerEstimate()`; the other
 *  areas' code is not fetched in the background (idle callbacks never come). */
function holdStorageEstimate() {
  window.requestIdleCallback = () => 0;
  const estimate = navigator.storage.estimate.bind(navigator.storage);
  let answer;
  const answered = new Promise((resolve) => { answer = resolve; });
  window.__answerEstimate = answer;
  navigator.storage.estimate = () => answered.then(estimate);
}

/** Lets the page run its pending tasks and paint twice. */
const settle = (page) => page.evaluate(() => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));

test('leaving Import/Export while the Schedule downloads, as the storage estimate arrives', async () => {
  const { page, errors } = await openApp(browser(), { hash: '#/exchange', initScript: holdStorageEstimate });
  await page.getByRole('heading', { name: 'Import/Export', level: 1 }).waitFor();
  await page.getByText('Asking the browser…').waitFor();

  // The Schedule area's code (its module and the chunks it shares) waits until released.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const held = [];
  await page.route(/\/(split_schedule|chunk_\d+)[^/]*\.wasm$/, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });

  await page.goto(APP_URL + '#/schedule');
  await page.evaluate(() => window.__answerEstimate());
  await settle(page);
  assertNoErrors(errors);
  assert.equal(await page.getByText('Asking the browser…').count(), 0, 'the old page is gone at once');
  assert.ok(held.length > 0, 'the Schedule area was still downloading');

  release();
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
  await settle(page);
  assertNoErrors(errors);
});
