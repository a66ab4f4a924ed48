// Journey: with a roster of 250 the attendee picker shows 100 at a time, finds people by name
// or group, keeps the ticked ones listed while searching, and Enter in its search box does not
// create the meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, screenshot, importFile, rosterFile } from './support.mjs';

const browser = useBrowser();

test('with a long roster the attendee picker finds people, keeps the ticked ones listed, and Enter does not create the meeting', async () => {
  const { context, page, errors } = await openApp(browser());
  await importFile(page, 'roster.json', rosterFile(250));
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  const picker = page.getByRole('group', { name: /Attendees/ });
  await picker.getByText('Showing 100 of 249 people.').waitFor();
  assert.equal(await picker.getByRole('checkbox').count(), 100);

  const find = picker.getByRole('searchbox', { name: 'Find people' });
  await find.fill('person 02');
  await picker.getByRole('status').filter({ hasText: '10 of 249 people match.' }).waitFor();
  await picker.getByRole('checkbox', { name: 'Person 021' }).check();
  await picker.getByRole('checkbox', { name: 'Person 023' }).check();
  await find.fill('emea');
  await find.press('Enter');
  await picker.getByRole('status').filter({ hasText: '25 of 249 people match, and 1 already chosen.' }).waitFor();
  assert.equal(await picker.getByRole('checkbox').count(), 26);
  assert.equal(await picker.getByRole('checkbox', { name: 'Person 023' }).isChecked(), true);
  await picker.getByRole('checkbox', { name: 'Person 241' }).check();
  assert.match(await picker.locator('legend').innerText(), /3 chosen/);
  await screenshot(page, 'meeting-picker-search', { fullPage: false });

  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  assert.match(await page.locator('main').innerText(), /Attendees:\s*Person 021, Person 023, Person 241/);
  assertNoErrors(errors);
  await context.close();
});
