// Journey: deleting a meeting (after asking) takes its talk tally with it: no tap of it is left
// in storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, storeRequest, startOverdueMeetingOfGus,
} from './support.mjs';

const browser = useBrowser();

test('deleting a meeting takes its tally with it', async () => {
  const { context, page, errors } = await openApp(browser());
  await startOverdueMeetingOfGus(page);

  // Deleting the meeting takes its tally with it.
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.locator('.meeting-link').first().click();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('1');
  await allSaved(page);
  await page.getByRole('button', { name: 'Delete meeting' }).click();
  await page.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No meetings yet').waitFor();
  await allSaved(page);
  const taps = await storeRequest(page, 'tally_events', 'count');
  assert.equal(taps, 0);
  assertNoErrors(errors);
  await context.close();
});
