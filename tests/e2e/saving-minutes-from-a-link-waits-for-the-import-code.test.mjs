// Journey: saving the minutes a link carries is an import, and writing them as a file is an
// export: their code is the Import/Export page's module. Opening the link does not download it;
// "Save to my workspace" and "Download" do. When that module cannot be downloaded (the
// connection dropped before the app was ever fully loaded), nothing is saved or downloaded and
// the page says why; the same buttons work once the connection is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import {
  useBrowser, profileWithoutTheCode, assertNoErrors, screenshot, storeRequest, REFUSED_DOWNLOAD, APP_URL, APP_READY,
} from './support.mjs';

const browser = useBrowser();

const meetingFile = readFileSync(new URL('../fixtures/meeting-v3.json', import.meta.url), 'utf8');
const link = `${APP_URL}#/minutes/1.${deflateRawSync(Buffer.from(meetingFile)).toString('base64url')}`;
const title = JSON.parse(meetingFile).meetings[0].title;
const IMPORT_CODE = /\/split_exchange-[^/]*\.wasm$/;

test('minutes from a link are not saved while the import\'s code cannot be downloaded', async () => {
  // No service worker and no idle prefetch: only what the page asks for is downloaded.
  const { context, page, errors } = await profileWithoutTheCode(browser(), { acceptDownloads: true });
  let refused = 0;
  await page.route(IMPORT_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });

  await page.goto(link);
  await page.locator(APP_READY).waitFor();
  await page.getByRole('heading', { name: title, level: 2, exact: true }).waitFor();
  assert.equal(refused, 0, 'opening the link does not download the import');

  const download = page.getByRole('button', { name: 'Download' });
  await download.click();
  await page.getByText('The export could not be started: part of the app could not be downloaded.').waitFor();
  assert.ok(refused > 0, 'downloading asked for the export\'s code');

  const save = page.getByRole('button', { name: 'Save to my workspace' });
  await save.click();
  const refusal = page.getByText('Nothing was saved: the code that saves them could not be downloaded. Check the connection, then try again.');
  await refusal.waitFor();
  assert.ok(refused > 0, 'saving asked for the import\'s code');
  assert.equal(await storeRequest(page, 'meetings', 'count'), 0, 'nothing was written');
  await refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'minutes-link-save-not-downloaded-phone', { fullPage: false });

  // Once the connection is back, the same buttons download the file and save the minutes.
  await page.unroute(IMPORT_CODE);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  assert.match(file.suggestedFilename(), /^smarketing-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/);
  await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
  const reloaded = page.waitForEvent('load');
  await save.click();
  await reloaded;
  assert.match(await page.getByTestId('import-outcome').innerText(), /^Imported the minutes link: .*1 meeting added/);
  assert.equal(await storeRequest(page, 'meetings', 'count'), 1);

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
