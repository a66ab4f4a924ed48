// Journey: a file from an older version holds a meeting of twelve. It still imports (it is
// history, kept as it was), the meetings list marks it as over the cap, and it opens without an
// error; a new meeting still cannot be made that big.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openApp, assertNoErrors, importFile, APP_URL } from './support.mjs';

const browser = useBrowser();

function fileWithABigMeeting() {
  const file = JSON.parse(readFileSync(new URL('../fixtures/workspace-v2.json', import.meta.url), 'utf8'));
  const extra = [1, 2].map((n) => ({
    ...file.people[0],
    id: `00000000-0000-4000-8000-00000000090${n}`,
    name: `Guest ${n}`,
    email: null,
    core: false,
    executive: false,
  }));
  file.people.push(...extra);
  const big = file.meetings[0];
  big.attendees = file.people.map((p) => p.id);
  assert.equal(big.attendees.length, 12);
  return { text: JSON.stringify(file), title: big.title, id: big.id };
}

test('a meeting of twelve from an older file imports and is marked over the cap', async () => {
  const { page, errors } = await openApp(browser(), { hash: '#/roster' });
  const big = fileWithABigMeeting();
  await importFile(page, 'from-2021.json', big.text);

  await page.goto(`${APP_URL}#/meeting`);
  const item = page.locator('.meeting-item').filter({ hasText: '12 attendees' });
  await item.waitFor();
  await item.getByText('Over the cap of 9 (from an older file)').waitFor();
  assert.equal(await page.locator('.meeting-item .badge-warning').count(), 1, 'only the big meeting is marked');

  await item.getByRole('link').click();
  await page.locator('.app-header').waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assertNoErrors(errors);
});
