// Journey: keeping the data. The Storage panel says whether the browser keeps the workspace for
// good and how much it uses; a backup reminder appears when the workspace changed and the last
// export is over four weeks old, can be put off for a week, and goes with the next export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, screenshot, PHONE, APP_READY, addPeople, exportWorkspace, noticesArrived } from './support.mjs';

const browser = useBrowser();

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-02T09:00:00Z').getTime();

test('storage panel, and a backup reminder four weeks after the last export', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE, clock: T0 });
  const reminder = page.locator('.backup-reminder');

  await addPeople(page, [['Ada', 'sales']]);
  await exportWorkspace(page);
  const panel = page.getByRole('region', { name: 'Storage' });
  await panel.locator('.storage-usage').waitFor();
  assert.match(await panel.locator('.storage-persistence').innerText(), /^(Yes|Not yet)/);
  assert.match(await panel.locator('.storage-usage').innerText(), /^\d[\d.]* (bytes|KB|MB|GB) of \d/);
  await screenshot(page, 'storage-panel-phone');

  // A change after the export; four weeks on, nothing yet; a day later, the reminder.
  await addPeople(page, [['Ben', 'sales']]);
  await page.clock.setSystemTime(T0 + 28 * DAY - 60_000);
  await page.reload();
  await page.locator(APP_READY).waitFor();
  await noticesArrived(page);
  assert.equal(await reminder.count(), 0);
  await page.clock.setSystemTime(T0 + 29 * DAY + 60 * 60_000);
  await page.reload();
  await reminder.waitFor();
  assert.match(await reminder.innerText(), /last backup, 29 days ago/);
  await screenshot(page, 'backup-reminder-phone');

  // "Not now" puts it off for a week, across reloads.
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await reminder.waitFor({ state: 'detached' });
  await page.reload();
  await page.locator(APP_READY).waitFor();
  await noticesArrived(page);
  assert.equal(await reminder.count(), 0);
  await page.clock.setSystemTime(T0 + 37 * DAY);
  await page.reload();
  await reminder.waitFor();

  // An export is the backup: the reminder goes and the date is remembered.
  await reminder.getByRole('link', { name: 'Export a backup' }).click();
  await exportWorkspace(page);
  await reminder.waitFor({ state: 'detached' });
  await page.reload();
  await page.locator(APP_READY).waitFor();
  await noticesArrived(page);
  assert.equal(await reminder.count(), 0);
  assertNoErrors(errors);
  await context.close();
});
