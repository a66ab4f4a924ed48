// Journey: the code that compares a playbook entry's versions (the changes a draft makes to
// the agreed version, the version history) is downloaded when a card first shows one of them,
// not with the Playbook page. When it cannot be downloaded, the card says so where the
// comparison goes, the entry can still be edited and is saved, and "Try again" shows the
// comparison once the connection is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, assertNoErrors, screenshot, profileWithoutTheCode, workspaceWithoutTheCode, allSaved, playbookCard, storeRequest,
  REFUSED_DOWNLOAD, APP_URL,
} from './support.mjs';

const browser = useBrowser();
const DIFF_CODE = /\/split_playbook_diff-[^/]*\.wasm$/;
const REFUSAL = "The comparison of this entry's versions could not be downloaded.";

test('opening the Playbook does not download the diff code; opening a version history does', async () => {
  const { context, page, errors } = await profileWithoutTheCode(browser());
  const diffRequests = [];
  page.on('request', (request) => { if (DIFF_CODE.test(new URL(request.url()).pathname)) diffRequests.push(request.url()); });

  await page.goto(APP_URL + '#/playbook');
  const icp = playbookCard(page, 'Ideal customer profile');
  await icp.getByLabel('Text').fill('Software firms of 50 to 500 people in Europe.');
  await icp.locator('.badge', { hasText: 'Draft' }).waitFor();
  await allSaved(page);
  await icp.getByText('Version history (1)').waitFor();
  assert.deepEqual(diffRequests, [], 'the Playbook and a new entry need no diff code');

  await icp.getByText('Version history (1)').click();
  assert.match(await icp.locator('.pb-versions').innerText(), /Version 1 \(draft\)\s+Software firms of 50 to 500 people in Europe\./);
  assert.equal(diffRequests.length, 1, 'opening the history downloads the diff code once');
  assertNoErrors(errors);
  await context.close();
});

test('a changed draft\'s comparison waits for its code, and the entry stays editable', async () => {
  const workspace = readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8');
  const { context, page, errors } = await workspaceWithoutTheCode(browser(), workspace);
  let refused = 0;
  await page.route(DIFF_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + '#/playbook');

  // The fixture's ideal customer profile: version 1 agreed, version 2 a draft.
  const icp = playbookCard(page, 'Ideal customer profile');
  await icp.locator('.badge', { hasText: 'Agreed, changed draft' }).waitFor();
  const refusal = icp.getByRole('alert').filter({ hasText: REFUSAL });
  await refusal.waitFor();
  assert.ok(refused > 0, 'the diff code was requested');
  await icp.getByText('Version history (2)').click();
  await expectCount(refusal, 2);
  await refusal.first().scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-comparison-not-downloaded-phone', { fullPage: false });

  // The entry is still edited and saved while its comparison is missing.
  await icp.getByLabel('Text').fill('Software firms of 50 to 2,000 people in Europe.');
  await allSaved(page);
  const stored = await storeRequest(page, 'playbook_entries', 'get', '4f1c4abf-af98-487c-a2df-70ccb1ec9661');
  assert.equal(stored.versions.at(-1).content.body, 'Software firms of 50 to 2,000 people in Europe.');

  // Back online: each "Try again" brings its comparison.
  await page.unroute(DIFF_CODE);
  await refusal.first().getByRole('button', { name: 'Try again' }).click();
  const changes = icp.getByRole('region', { name: 'Changes since the agreed version' });
  await changes.waitFor();
  assert.match(await changes.innerText(), /1 line added, 1 removed/);
  assert.equal(await changes.locator('del').innerText(), 'Software firms of 50 to 500 people in Europe.');
  assert.equal(await changes.locator('ins').innerText(), 'Software firms of 50 to 2,000 people in Europe.');
  await refusal.getByRole('button', { name: 'Try again' }).click();
  assert.match(await icp.locator('.pb-versions').innerText(), /Version 2 \(draft\)[\s\S]*Version 1[\s\S]*Agreed on 2021-01-05/);
  assert.equal(await refusal.count(), 0);
  await icp.scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-comparison-after-retry-phone', { fullPage: false });

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});

async function expectCount(locator, count) {
  await locator.nth(count - 1).waitFor();
  assert.equal(await locator.count(), count);
}
