// Journey: the code that makes the playbook one document (the print view, printing and the
// Markdown file) is downloaded when one of them is first asked for, not with the Playbook
// page. When it cannot be downloaded, the page says so under the tools and the entries stay
// editable; once the connection is back, "Print" prints the playbook with its print view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, assertNoErrors, screenshot, profileWithoutTheCode, workspaceWithoutTheCode, allSaved, playbookCard, storeRequest,
  REFUSED_DOWNLOAD, APP_URL,
} from './support.mjs';

const browser = useBrowser();
const PRINT_CODE = /\/split_playbook_print-[^/]*\.wasm$/;
const REFUSAL = 'The playbook could not be made into one document: part of the app could not be downloaded.';
const countPrints = () => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; };

test('opening the Playbook does not download the print code; showing the print view does', async () => {
  const { context, page, errors } = await profileWithoutTheCode(browser());
  const printRequests = [];
  page.on('request', (request) => { if (PRINT_CODE.test(new URL(request.url()).pathname)) printRequests.push(request.url()); });

  await page.goto(APP_URL + '#/playbook');
  const icp = playbookCard(page, 'Ideal customer profile');
  await icp.getByLabel('Text').fill('Software firms of 50 to 500 people in Europe.');
  await allSaved(page);
  assert.deepEqual(printRequests, [], 'the Playbook and its entries need no print code');

  await page.getByRole('button', { name: 'Show the print view' }).click();
  const doc = page.getByRole('article', { name: 'The playbook, as agreed' });
  await doc.getByText('Software firms of 50 to 500 people in Europe.').waitFor();
  assert.equal(printRequests.length, 1, 'the print view downloads its code once');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  assert.match(markdown, /## Ideal customer profile\n\n\*Draft, not agreed yet\*\n\n- Software firms of 50 to 500 people in Europe\./);
  assert.equal(printRequests.length, 1, 'the Markdown file needs no second download');
  assertNoErrors(errors);
  await context.close();
});

test('printing waits for its code: refused, it says so and the playbook stays editable', async () => {
  const workspace = readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8');
  const { context, page, errors } = await workspaceWithoutTheCode(browser(), workspace);
  await context.addInitScript(countPrints);
  let refused = 0;
  await page.route(PRINT_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + '#/playbook');
  const icp = playbookCard(page, 'Ideal customer profile');
  await icp.locator('.badge', { hasText: 'Agreed, changed draft' }).waitFor();

  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const refusal = page.locator('.pb-tools + .form-message').getByText(REFUSAL);
  await refusal.waitFor();
  const printRefused = page.waitForEvent('requestfailed', (request) => PRINT_CODE.test(new URL(request.url()).pathname));
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await printRefused;
  await refusal.waitFor();
  assert.ok(refused >= 2, 'each tool asked for the print code');
  assert.equal(await page.evaluate(() => window.__printed ?? 0), 0, 'nothing printed without the print view');
  assert.equal(downloads, 0);
  await refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-print-not-downloaded-phone', { fullPage: false });

  // The entries are still edited and saved.
  await icp.getByLabel('Text').fill('Software firms of 50 to 2,000 people in Europe.');
  await allSaved(page);
  const stored = await storeRequest(page, 'playbook_entries', 'get', '4f1c4abf-af98-487c-a2df-70ccb1ec9661');
  assert.equal(stored.versions.at(-1).content.body, 'Software firms of 50 to 2,000 people in Europe.');

  // Back online: "Print" shows the print view and prints it, and the message goes.
  await page.unroute(PRINT_CODE);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const doc = page.getByRole('article', { name: 'The playbook, as agreed' });
  await doc.waitFor();
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await refusal.count(), 0);

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
