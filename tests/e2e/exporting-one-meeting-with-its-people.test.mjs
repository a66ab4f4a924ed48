// Journey: a facilitator shares one meeting with a colleague. Import/Export writes a meeting
// file holding that meeting and the people it names, not the rest of the roster; the colleague
// imports it into their own workspace and gets the meeting. With no meeting yet, the choice
// says so and nothing can be exported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, openApp, importFile, importAndReload, assertNoErrors, screenshot, storeRequest, APP_URL, PHONE,
} from './support.mjs';

const browser = useBrowser();
const workspace = readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8');
const OLDER = 'd0baf4b5-90b1-4dc5-8a09-0e36d84a7d3c';

test('with no meeting yet, the meeting export says so and cannot be pressed', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/exchange', viewport: PHONE });
  const choice = page.getByLabel('One meeting, with the people it names');
  await choice.waitFor();
  assert.equal(await choice.locator('option').allInnerTexts().then((t) => t.join('|')), 'No meetings yet');
  assert.ok(await choice.isDisabled(), 'nothing to choose');
  assert.ok(await page.getByRole('button', { name: 'Export meeting' }).isDisabled(), 'nothing to export');
  await screenshot(page, 'export-no-meetings-phone');
  assertNoErrors(errors);
  await context.close();
});

test('one meeting goes out with the people it names, and a colleague imports it', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/exchange' });
  await importFile(page, 'workspace.json', workspace);
  await page.goto(APP_URL + '#/exchange');
  const choice = page.getByLabel('One meeting, with the people it names');
  // Newest first: the meeting of 12 January 2021, then the one of 5 January.
  await choice.locator('option').nth(1).waitFor({ state: 'attached' });
  const options = await choice.locator('option').allInnerTexts();
  assert.equal(options.length, 2);
  assert.match(options[0], /^Weekly smarketing, 30 min · .*2021/);
  await choice.selectOption(OLDER);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export meeting' }).click();
  const saved = await download;
  const file = JSON.parse(readFileSync(await saved.path(), 'utf8'));
  await page.getByText(`Saved ${saved.suggestedFilename()}.`).waitFor();
  assert.equal(file.kind, 'meeting');
  assert.deepEqual(file.meetings.map((m) => m.id), [OLDER]);
  const meeting = JSON.parse(workspace).meetings.find((m) => m.id === OLDER);
  const people = file.people.map((p) => p.id);
  for (const attendee of meeting.attendees) assert.ok(people.includes(attendee), `attendee ${attendee} is in the file`);
  assert.ok(people.length < JSON.parse(workspace).people.length, 'not the whole roster');
  await screenshot(page, 'export-one-meeting-desktop');
  assertNoErrors(errors);

  // A colleague's empty workspace takes it in: the meeting and its people.
  const colleague = await openApp(browser(), { hash: '#/exchange' });
  await colleague.page.locator('#import-file').setInputFiles({
    name: saved.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(await saved.path()),
  });
  const preview = colleague.page.getByRole('region', { name: `Ready to import ${saved.suggestedFilename()}` });
  await importAndReload(colleague.page, preview.getByRole('button', { name: 'Import' }));
  assert.match(await colleague.page.getByTestId('import-outcome').innerText(), /1 meeting added/);
  assert.deepEqual((await storeRequest(colleague.page, 'meetings', 'getAll')).map((m) => m.id), [OLDER]);
  assert.equal(await storeRequest(colleague.page, 'people', 'count'), people.length);
  assertNoErrors(colleague.errors);
  await colleague.context.close();
  await context.close();
});
