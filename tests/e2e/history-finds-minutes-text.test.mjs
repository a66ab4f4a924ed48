// Journey: History lists the meetings held, its search finds a meeting by the text of its
// minutes, and the past meeting opens read-only with the edited minutes and its outcomes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, assertNoImages,
  holdFirstMeeting, startSecondMeeting, markPricingDone,
} from './support.mjs';

const browser = useBrowser();

test('history finds a meeting by its minutes and opens it read-only', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  const { firstAt, firstUrl } = await holdFirstMeeting(page);
  const minutes = page.getByLabel('Note-taker: Ben — edit the minutes');
  const edited = `${await minutes.inputValue()}\nDecided: keep the monthly webinar.\n`;
  await minutes.fill(edited);
  await page.getByText(/edited by the note-taker/).waitFor();
  await allSaved(page);
  await startSecondMeeting(page, firstAt);
  await markPricingDone(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('heading', { name: 'Meetings held' }).waitFor();
  assert.equal(await page.locator('.history-page .meeting-item').count(), 2);
  await page.getByRole('searchbox').fill('monthly webinar');
  assert.equal(await page.locator('.history-page .meeting-item').count(), 1);
  await page.locator('.history-page .meeting-item a').click();
  await page.waitForURL(firstUrl);
  await page.getByLabel('Note-taker: Ben — edit the minutes').waitFor();
  assert.equal(await page.locator('#minutes-text').inputValue(), edited);
  await page.getByRole('heading', { name: 'Participation' }).waitFor();
  const editable = page.locator('main').locator(':is(input, select, textarea):not([disabled]):not(.share-minutes-link *)');
  assert.equal(await editable.count(), 1);
  assert.match(await page.locator('.oc-outcomes').innerText(), /Draft the pricing one-pager\s+Done/);
  await assertNoImages(page);

  assertNoErrors(errors);
  await context.close();
});
