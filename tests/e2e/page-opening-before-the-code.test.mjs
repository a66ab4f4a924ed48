// Journey: on a slow phone the app's code takes seconds to arrive. A first-time visitor who
// opens a link to a page reads its heading and introduction at once (index.html draws them),
// and when the code arrives the page keeps them, word for word and in the same place; a page
// whose heading depends on the data shows "Loading…" alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, assertNoErrors, screenshot, APP_URL, APP_READY, PHONE, DESKTOP } from './support.mjs';

const browser = useBrowser();

const OPENINGS = [
  ['#/roster', 'Roster', /^The sales and marketing people who take turns/],
  ['#/schedule', 'Schedule', /^Who attends each meeting/],
  ['#/meeting', 'Meeting', /^Plan a meeting from an agenda template/],
  ['#/problems', 'Problem log', /^Problems raised in meetings stay here/],
  ['#/playbook', 'Playbook', /^What both teams agree on/],
  ['#/history', 'History', /^Every meeting held/],
  ['#/exchange', 'Import/Export', /^Meeting files are plain JSON/],
  // No address, or one the app does not know, opens the roster.
  ['', 'Roster', /^The sales and marketing people who take turns/],
];

const WASM = /\.wasm$/;

/** Opens `hash` with the app's code held back; returns the page and a function to let it through. */
async function visitWithoutCode(hash, viewport) {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const held = [];
  let holding = true;
  await page.route(WASM, (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(APP_URL + hash, { waitUntil: 'domcontentloaded' });
  const letCodeThrough = async () => {
    holding = false;
    for (const route of held) await route.continue();
  };
  return { context, page, errors, letCodeThrough };
}

const openingOf = async (main) => {
  const [heading, lead] = [main.locator('section.page > h1'), main.locator('section.page > p.lead')];
  return {
    heading: (await heading.innerText()).trim(),
    lead: (await lead.innerText()).trim(),
    headingBox: await heading.boundingBox(),
    leadBox: await lead.boundingBox(),
  };
};

for (const viewport of [PHONE, DESKTOP]) {
  for (const [hash, heading, lead] of OPENINGS) {
    test(`${hash || 'no address'} at ${viewport.width} px: the opening shows before the code and stays put`, async () => {
      const { context, page, errors, letCodeThrough } = await visitWithoutCode(hash, viewport);
      const frame = page.locator('#app-loading main');
      await frame.locator('h1').waitFor();
      const before = await openingOf(frame);
      assert.equal(before.heading, heading);
      assert.match(before.lead, lead);
      // Nothing of the app has run: the frame is index.html's alone.
      assert.equal(await page.locator(APP_READY).count(), 0);
      if (hash === '#/meeting') await screenshot(page, `opening-before-code-${viewport.width}`, { fullPage: false });

      await letCodeThrough();
      await page.locator(APP_READY).waitFor();
      const app = page.locator('main#main');
      // The page's own content, past its opening: the area's code is running.
      await app.locator('section.page > :nth-child(3)').first().waitFor();
      assert.deepEqual(await openingOf(app), before);
      assert.equal(await page.locator('#app-loading').count(), 0);
      assertNoErrors(errors);
      await context.close();
    });
  }
}

test('a page whose heading comes from the data shows only "Loading…" before the code', async () => {
  for (const hash of ['#/meeting/00000000-0000-4000-8000-00000000a001', '#/templates']) {
    const { context, page, errors, letCodeThrough } = await visitWithoutCode(hash, PHONE);
    const frame = page.locator('#app-loading main');
    await frame.getByText('Loading Smarketing Meetings…').waitFor();
    assert.equal(await frame.locator('h1').count(), 0, hash);
    await letCodeThrough();
    await page.locator('main#main h1').first().waitFor();
    assertNoErrors(errors);
    await context.close();
  }
});
