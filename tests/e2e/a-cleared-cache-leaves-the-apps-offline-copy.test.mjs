// Journey: a returning facilitator whose browser's cache was cleared (Chromium's "Cached images
// and files", the DevTools protocol's Network.clearBrowserCache) opens a meeting's live screen
// from the service worker's copy of the app: the page and every file of its code come from that
// copy, and nothing is downloaded again. The browser keeps that copy with the site's data (the
// workspace), not with its cache. The cold-visit bench's "Live, …" and "Schedule, planned" rows
// measure the rarer case where the copy is gone but the workspace is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, importFile, wholeAppDownloaded,
  workspaceWithMeetingToRun, APP_URL, PHONE,
} from './support.mjs';

const browser = useBrowser();
const APP_FILE = /\.(html|css|js|wasm)$|\/$/;

test('after the cache is cleared, the live screen opens from the service worker\'s copy', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE });
  const workspace = workspaceWithMeetingToRun();
  await importFile(page, 'workspace.json', workspace.text);
  await wholeAppDownloaded(page);
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await page.close();

  // What reaches the network from here: the service worker's own fetches of app files.
  const downloaded = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.serviceWorker() && APP_FILE.test(path)) downloaded.push(path);
  });
  const returning = await context.newPage();
  returning.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  returning.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  const served = [];
  returning.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (APP_FILE.test(path)) served.push([path, response.fromServiceWorker()]);
  });
  await returning.goto(APP_URL + `#/meeting/${workspace.toRun}`);
  await returning.locator('main h1', { hasText: workspace.title }).waitFor();
  await returning.locator('.segment-work > *').first().waitFor();
  await screenshot(returning, 'cleared-cache-live-screen-phone');

  const wasm = served.filter(([path]) => path.endsWith('.wasm'));
  assert.ok(wasm.length >= 3, `the main module, the screen's area and its segment's tools: ${wasm.map(([p]) => p)}`);
  assert.deepEqual(served.filter(([, fromCopy]) => !fromCopy), [], 'every file from the copy');
  assert.deepEqual(downloaded, [], 'nothing downloaded again');
  assertNoErrors(errors);
  await context.close();
});
