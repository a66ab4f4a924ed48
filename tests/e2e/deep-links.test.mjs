// Journey: a first-time visitor opens a link straight to any page (fresh profile, nothing
// cached): the page loads with no console error, the first paint is already the app's frame
// (header and navigation in place, so nothing jumps when the app starts), and an unknown path
// under the site (GitHub Pages' 404.html) still opens the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, assertNoErrors, screenshot, APP_URL, APP_READY, PHONE } from './support.mjs';

const browser = useBrowser();

const DEEP_LINKS = [
  ['#/roster', 'Roster'],
  ['#/schedule', 'Schedule'],
  ['#/meeting', 'Meeting'],
  ['#/meeting/00000000-0000-4000-8000-00000000a001', 'Meeting not found'],
  ['#/problems', 'Problem log'],
  ['#/templates', 'Agenda templates'],
  ['#/templates/00000000-0000-4000-8000-00000000b001', 'Template not found'],
  ['#/playbook', 'Playbook', { part: 'playbook_decisions', shown: '#pb-decision-what' }],
  ['#/history', 'History'],
  ['#/exchange', 'Import/Export'],
];

function recordLayoutShifts() {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function coldVisit(url, viewport, initScript) {
  const context = await browser().newContext({ viewport });
  await context.addInitScript(recordLayoutShifts);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const areaFiles = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (isAreaFile(file) && !request.serviceWorker()) areaFiles.push(file);
  });
  const response = await page.goto(url);
  return { context, page, errors, response, areaFiles };
}

const isAreaFile = (file) => /^(split|chunk)_/.test(file);

/** The area files (module and chunks) index.html's boot script hinted for the page in the address. */
const hintedFiles = async (page) => (await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')]
  .map((link) => new URL(link.href).pathname.split('/').pop()))).filter(isAreaFile);

for (const [hash, heading] of DEEP_LINKS) {
  test(`cold visit to ${hash} on a phone: loads, no error, no layout shift`, async () => {
    const { context, page, errors } = await coldVisit(APP_URL + hash, PHONE);
    await page.locator(APP_READY).waitFor();
    await page.locator('main h1', { hasText: heading }).first().waitFor();
    const shift = await page.evaluate(() => window.__layoutShift);
    assert.ok(shift < 0.02, `layout shift ${shift}`);
    assertNoErrors(errors);
    await context.close();
  });
}

test('the boot script hints exactly the code of the page in the address', async () => {
  for (const [hash, heading, later] of DEEP_LINKS) {
    // Without the idle prefetch of the other areas, what a visit fetches is its own page's code.
    const { context, page, errors, areaFiles } = await coldVisit(APP_URL + hash, PHONE, () => {
      window.requestIdleCallback = () => 0;
    });
    await page.locator('main h1', { hasText: heading }).first().waitFor();
    if (later) await page.locator(later.shown).waitFor();
    const hinted = await hintedFiles(page);
    // A meeting this fresh profile cannot hold is "not found" without the live screen's code.
    if (heading !== 'Meeting not found') assert.ok(hinted.length > 0, `${hash}: no file hinted`);
    // A hint for the wrong area would leave the page to fetch its own files besides. A part
    // the page downloads once it shows is not hinted: it would compete with the page's code.
    const fetched = [...new Set(areaFiles)].filter((file) => !later || !file.startsWith(`split_${later.part}-`));
    assert.deepEqual(fetched.sort(), [...hinted].sort(), `${hash}: fetched files`);
    if (later) assert.ok(areaFiles.some((file) => file.startsWith(`split_${later.part}-`)), `${hash}: ${later.part} fetched`);
    assertNoErrors(errors);
    await context.close();
  }
});

test('the first paint is the app frame: header and navigation before the app starts', async () => {
  const context = await browser().newContext({ viewport: PHONE });
  const page = await context.newPage();
  // Hold the app's code back: what shows is index.html alone.
  await page.route(/\.wasm$/, () => {});
  await page.goto(APP_URL + '#/schedule', { waitUntil: 'domcontentloaded' });
  const frame = page.locator('#app-loading');
  // On a phone the navigation is folded behind its Menu button, as the app draws it.
  await frame.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Menu/ }).waitFor();
  const staticBox = await frame.locator('.app-header').boundingBox();
  await screenshot(page, 'first-paint-phone', { fullPage: false });
  await page.unroute(/\.wasm$/);
  await context.close();

  const { context: live, page: app, errors } = await coldVisit(APP_URL + '#/schedule', PHONE);
  await app.locator(APP_READY).waitFor();
  assert.deepEqual(await app.locator(APP_READY).boundingBox(), staticBox);
  assertNoErrors(errors);
  await live.close();
});

test('an unknown path under the site opens the app (404.html)', async () => {
  const { context, page, errors, response } = await coldVisit(APP_URL + 'no/such/page', PHONE);
  assert.equal(response.status(), 404);
  await page.locator(APP_READY).waitFor();
  await page.locator('main h1', { hasText: 'Roster' }).waitFor();
  // The browser logs the 404 status of the page itself; nothing else may fail.
  assertNoErrors(errors.filter((e) => !/404/.test(e)));
  await context.close();
});
