// Journey: taps fired in a burst, then the tab is killed (its renderer crashes) a moment later.
// Each tap is its own transaction, handed to the browser at once (not queued behind the one
// before), so the taps that survive are as many as the browser allows; the figure is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, APP_URL, meetingOfAdaAndBen, storeRequest } from './support.mjs';

const BURST = 50;

const browser = useBrowser();

test(`${BURST} taps in a burst, then the tab is killed: the taps the browser had are kept`, async () => {
  const { context, page } = await openApp(browser());
  await meetingOfAdaAndBen(page);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  await allSaved(page);
  const meetingUrl = page.url();

  // One task of taps (as fast as a script can click), then the renderer is killed at once.
  const cdp = await context.newCDPSession(page);
  await page.evaluate((burst) => {
    const tile = document.querySelector('.tally-tile:not([disabled])');
    for (let i = 0; i < burst; i++) tile.click();
    // Let the taps' writes start (one microtask turn), then crash.
    setTimeout(() => {}, 0);
  }, BURST);
  // The crash answers nothing: do not wait for a reply, wait for the page to report it.
  const crashed = page.waitForEvent('crash', { timeout: 10000 }).catch(() => {});
  cdp.send('Page.crash').catch(() => {});
  await crashed;

  const judge = await context.newPage();
  await judge.goto(meetingUrl);
  await judge.locator('.app-header').waitFor();
  const kept = await storeRequest(judge, 'tally_events', 'count');
  console.log(`burst of ${BURST} taps then a killed tab: ${kept} kept`);
  assert.ok(kept <= BURST);
  assert.ok(kept >= BURST * 0.9, `only ${kept} of ${BURST} taps survived`);
  await context.close();
});
