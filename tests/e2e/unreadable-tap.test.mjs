// Journey: one stored tap the app cannot read. Before, History failed whole ("Could not read
// …") and no export could be made. Now History shows every other tap's figures and says how
// many records were left out, and an export is refused rather than written without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, addPeople, assertNoErrors, screenshot, APP_URL, storeRequest, assertWholeExportRefused } from './support.mjs';

const browser = useBrowser();

test('one unreadable saved tap: History loads and says so, and no export leaves it out', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPeople(page, [['Ada', 'sales']]);
  await storeRequest(page, 'tally_events', 'put', {
    id: '00000000-0000-4000-8000-0000000000cc', meeting_id: '00000000-0000-4000-8000-0000000000dd',
    at: 'not a time', segment: 0, kind: { kind: 'contribution' },
  });

  await page.goto(`${APP_URL}#/history`);
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  await page.getByRole('alert').filter({ hasText: '1 saved tally record could not be read' }).waitFor();
  assert.equal(await page.getByText('Reading the talk tallies…').count(), 0, 'History finished reading');
  await screenshot(page, 'unreadable-tap-history');

  await assertWholeExportRefused(page);
  assertNoErrors(errors);
  await context.close();
});
