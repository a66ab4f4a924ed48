// Journey: the planned rotation downloads as an .ics calendar: one event per planned meeting,
// at the cadence's time, inviting whoever the plan seats (a requested person too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useBrowser, openApp, assertNoErrors, requestSomeoneNotInTheFirstMeeting, planRotationOfThirty,
} from './support.mjs';

const browser = useBrowser();

test('the planned rotation downloads as a calendar', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster' });
  const [requested] = await requestSomeoneNotInTheFirstMeeting(page, await planRotationOfThirty(page));

  // The .ics download: one event per planned meeting.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^smarketing-schedule-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, 8);
  assert.match(ics, /DTSTART:20300102T093000/);
  assert.ok(ics.includes(requested), 'the requested person is invited');

  assertNoErrors(errors);
  await context.close();
});
