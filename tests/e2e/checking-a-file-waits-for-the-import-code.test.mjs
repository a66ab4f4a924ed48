// Journey: the import's code (the checks of a file, the preview of what it changes, the merge
// plan) is downloaded when a file is first offered, not with the Import/Export page. When it
// cannot be downloaded, the page says so where the check's outcome goes and nothing is
// written; offered again once the connection is back, the file is checked, previewed and
// imported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, assertNoErrors, screenshot, profileWithoutTheCode, importAndReload, storeRequest,
  REFUSED_DOWNLOAD, APP_URL,
} from './support.mjs';

const browser = useBrowser();
const IMPORT_CODE = /\/split_exchange_import-[^/]*\.wasm$/;
const REFUSAL = "The import's checks could not be downloaded, so the file was not read.";
const meetingFile = readFileSync(new URL('../fixtures/meeting-v3.json', import.meta.url));

const offer = (page) =>
  page.locator('#import-file').setInputFiles({ name: 'meeting.json', mimeType: 'application/json', buffer: meetingFile });

test('opening Import/Export does not download the import code; offering a file does, once', async () => {
  const { context, page, errors } = await profileWithoutTheCode(browser());
  const importRequests = [];
  page.on('request', (request) => { if (IMPORT_CODE.test(new URL(request.url()).pathname)) importRequests.push(request.url()); });

  await page.goto(APP_URL + '#/exchange');
  await page.getByRole('button', { name: 'Check pasted text' }).waitFor();
  await page.getByRole('heading', { name: 'Export', exact: true }).waitFor();
  assert.deepEqual(importRequests, [], 'the page itself needs no import code');

  await offer(page);
  const preview = page.getByRole('region', { name: 'Ready to import meeting.json' });
  await preview.waitFor();
  assert.match(await preview.innerText(), /meeting/i);
  await offer(page);
  await preview.waitFor();
  assert.equal(importRequests.length, 1, 'the import code is downloaded once');
  assertNoErrors(errors);
  await context.close();
});

test('a file offered while the import code cannot be downloaded is not read, and nothing is written', async () => {
  const { context, page, errors } = await profileWithoutTheCode(browser());
  let refused = 0;
  await page.route(IMPORT_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + '#/exchange');
  await page.getByRole('button', { name: 'Check pasted text' }).waitFor();

  await offer(page);
  const refusal = page.getByRole('alert').filter({ hasText: REFUSAL });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /^Nothing was imported from meeting\.json\./);
  assert.ok(refused > 0, 'the import code was requested');
  assert.equal(await storeRequest(page, 'meetings', 'count'), 0, 'nothing was written');
  await refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-code-not-downloaded-phone', { fullPage: false });

  // Back online: the same file is checked, previewed and imported.
  await page.unroute(IMPORT_CODE);
  await offer(page);
  const preview = page.getByRole('region', { name: 'Ready to import meeting.json' });
  await preview.waitFor();
  assert.equal(await refusal.count(), 0, 'the refusal gives way to the preview');
  await importAndReload(page, preview.getByRole('button', { name: 'Import' }));
  assert.match(await page.getByTestId('import-outcome').innerText(), /^Imported meeting\.json: .*1 meeting added/);
  assert.equal(await storeRequest(page, 'meetings', 'count'), 1);

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
