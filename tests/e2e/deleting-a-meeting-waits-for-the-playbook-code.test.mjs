// Journey: deleting a meeting takes its scores out of the playbook, whose code is an area
// nested in the Playbook page's (the two come together). When they cannot be downloaded (the
// connection dropped before the app was ever fully loaded), the meeting is not deleted,
// half-way or at all: the screen says so next to the button, and the delete goes through once
// the connection is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, assertNoErrors, screenshot, workspaceWithMeetingToRun, workspaceWithoutTheCode, allSaved, storeRequest,
  REFUSED_DOWNLOAD, APP_URL,
} from './support.mjs';

const browser = useBrowser();

test('a meeting is not deleted while the playbook\'s code cannot be downloaded', async () => {
  const workspace = workspaceWithMeetingToRun();
  const { context, page, errors } = await workspaceWithoutTheCode(browser(), workspace.text);
  const PLAYBOOK_CODE = /\/split_playbook(_forget)?-[^/]*\.wasm$/;
  let refused = 0;
  await page.route(PLAYBOOK_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + `#/meeting/${workspace.finished}`);
  await page.getByRole('heading', { name: workspace.title, level: 1 }).waitFor();
  const meetings = await storeRequest(page, 'meetings', 'count');

  await page.getByRole('button', { name: 'Delete meeting' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm delete' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  const refusal = page.getByText('The meeting was not deleted: the code that takes its scores out of the playbook could not be downloaded.');
  await refusal.waitFor();
  assert.ok(refused > 0, 'the Playbook code was requested');
  await refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'delete-meeting-not-downloaded-phone', { fullPage: false });
  assert.equal(await storeRequest(page, 'meetings', 'count'), meetings, 'the meeting is kept');
  await page.getByRole('heading', { name: workspace.title, level: 1 }).waitFor();

  // The question stays open: once the connection is back, the same "Delete" goes through.
  await page.unroute(PLAYBOOK_CODE);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('heading', { name: 'Meeting', exact: true, level: 1 }).waitFor();
  await allSaved(page);
  assert.equal(await storeRequest(page, 'meetings', 'count'), meetings - 1);

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
