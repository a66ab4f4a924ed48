// Journey: the saved schedule does not read (damaged in storage). Before, the Schedule page
// offered an empty cadence form and the first change wrote fresh settings over the stored ones,
// every hand change lost. Now the user is told, the page refuses to save over it, and the stored
// value stays exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, addPeople, allSaved, assertNoErrors, screenshot, APP_URL, storeRequest } from './support.mjs';

const browser = useBrowser();

test('an unreadable saved schedule is kept as stored and never saved over', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPeople(page, [['Ada', 'sales']]);
  const damaged = { cadence: 'every other blue moon', seed: 'not a number', hand_changes: 7 };
  await storeRequest(page, 'settings', 'put', damaged, 'schedule');

  await page.goto(`${APP_URL}#/schedule`);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'could not be read' }).first().waitFor();
  await page.getByRole('alert').filter({ hasText: 'Your saved schedule could not be read' }).waitFor();
  await screenshot(page, 'unreadable-schedule');

  // Setting a cadence here would have replaced it: nothing is written.
  await page.locator('#sched-weekday').selectOption('Tuesday');
  await page.locator('#sched-time').fill('09:30');
  await page.locator('#sched-start').fill('2030-01-01');
  await allSaved(page);
  assert.deepEqual(await storeRequest(page, 'settings', 'get', 'schedule'), damaged, 'the stored schedule changed');
  assertNoErrors(errors);
  await context.close();
});
