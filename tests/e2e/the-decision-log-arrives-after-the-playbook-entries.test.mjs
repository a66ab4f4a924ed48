// Journey: the Playbook page's decision log (its list and its form) is a part of its own that
// downloads once the page shows, so the entries are editable before it arrives. When its code
// cannot be downloaded, the log says so with "Try again" and the entries stay editable; once
// the connection is back, "Try again" shows the log and a decision is logged and kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, assertNoErrors, screenshot, workspaceWithoutTheCode, allSaved, playbookCard, storeRequest,
  REFUSED_DOWNLOAD, APP_URL, APP_READY,
} from './support.mjs';

const browser = useBrowser();
const LOG_CODE = /\/split_playbook_decisions-[^/]*\.wasm$/;
const REFUSAL = 'The decision log could not be downloaded. The playbook is saved; check the connection, then try again.';

test('the decision log waits for its code: refused, it says so; back online, it logs a decision', async () => {
  const workspace = readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8');
  const { context, page, errors } = await workspaceWithoutTheCode(browser(), workspace);
  let refused = 0;
  await page.route(LOG_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + '#/playbook');
  const failure = page.getByRole('alert').filter({ hasText: REFUSAL });
  await failure.waitFor();
  assert.equal(refused, 1);
  assert.equal(await page.locator('#pb-decision-what').count(), 0, 'no form without its code');
  await failure.scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-decision-log-not-downloaded-phone', { fullPage: false });

  // The entries above it are edited and saved all the same.
  const icp = playbookCard(page, 'Ideal customer profile');
  await icp.getByLabel('Text').fill('Software firms of 50 to 2,000 people in Europe.');
  await allSaved(page);
  const stored = await storeRequest(page, 'playbook_entries', 'get', '4f1c4abf-af98-487c-a2df-70ccb1ec9661');
  assert.equal(stored.versions.at(-1).content.body, 'Software firms of 50 to 2,000 people in Europe.');

  // Back online: "Try again" brings the log, with the decisions the workspace holds.
  await page.unroute(LOG_CODE);
  await failure.getByRole('button', { name: 'Try again' }).click();
  const decisions = page.locator('.pb-decisions li');
  await decisions.first().waitFor();
  const before = await decisions.count();
  assert.equal(await failure.count(), 0);
  await page.locator('#pb-decision-what').fill('Review the SLA every quarter');
  await page.locator('#pb-decision-why').fill('Lead volumes change with the seasons');
  await page.getByRole('button', { name: 'Log decision' }).click();
  await page.locator('.pb-decisions li', { hasText: 'Review the SLA every quarter' }).waitFor();
  assert.equal(await decisions.count(), before + 1);
  await allSaved(page);

  await page.reload();
  await page.locator(APP_READY).waitFor();
  await page.locator('.pb-decisions li', { hasText: 'Review the SLA every quarter' }).waitFor();
  await screenshot(page, 'playbook-decision-log-phone', { fullPage: false });
  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
