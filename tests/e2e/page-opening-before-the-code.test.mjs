// Journey: on a slow phone the app's code takes seconds to arrive. A first-time visitor who
// opens a link to a page reads its heading and introduction at once, with the navigation
// marking where they are (index.html draws them), and when the code arrives the page keeps
// them, word for word and in the same place; a page whose heading depends on the data shows
// "Loading…" alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, assertNoErrors, screenshot, APP_URL, APP_READY, PHONE, DESKTOP } from './support.mjs';

const browser = useBrowser();

// Address, heading, start of the introduction, current page in the navigation.
const OPENINGS = [
  ['#/roster', 'Roster', /^The sales and marketing people who take turns/, 'Roster'],
  ['#/schedule', 'Schedule', /^Who attends each meeting/, 'Schedule'],
  ['#/meeting', 'Meeting', /^Plan a meeting from an agenda template/, 'Meeting'],
  ['#/problems', 'Problem log', /^Problems raised in meetings stay here/, 'Problems'],
  ['#/templates', 'Agenda templates', /^Timeboxed agendas to plan meetings from/, 'Meeting'],
  ['#/playbook', 'Playbook', /^What both teams agree on/, 'Playbook'],
  ['#/history', 'History', /^Every meeting held/, 'History'],
  ['#/exchange', 'Import/Export', /^Meeting files are plain JSON/, 'Import/Export'],
  // No address, or one the app does not know, opens the roster.
  ['', 'Roster', /^The sales and marketing people who take turns/, 'Roster'],
  ['#/no-such-page', 'Roster', /^The sales and marketing people who take turns/, 'Roster'],
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

/** The page the navigation marks as current, and what its Menu button (on a phone) says. */
const navigationOf = async (page) => ({
  current: await page.locator('#main-nav-links a[aria-current=page]').textContent(),
  menu: (await page.locator('.nav-toggle').textContent()).trim(),
});

const openingOf = async (main) => {
  const [heading, lead] = [main.locator('section.page > h1'), main.locator('section.page > p.lead')];
  const breadcrumb = main.locator('section.page > nav.breadcrumb');
  return {
    breadcrumb: (await breadcrumb.count()) ? await breadcrumb.innerText() : null,
    breadcrumbBox: (await breadcrumb.count()) ? await breadcrumb.boundingBox() : null,
    heading: (await heading.innerText()).trim(),
    lead: (await lead.innerText()).trim(),
    headingBox: await heading.boundingBox(),
    leadBox: await lead.boundingBox(),
  };
};

for (const viewport of [PHONE, DESKTOP]) {
  for (const [hash, heading, lead, current] of OPENINGS) {
    test(`${hash || 'no address'} at ${viewport.width} px: the opening shows before the code and stays put`, async () => {
      const { context, page, errors, letCodeThrough } = await visitWithoutCode(hash, viewport);
      const frame = page.locator('#app-loading main');
      await frame.locator('h1').waitFor();
      const before = await openingOf(frame);
      assert.equal(before.heading, heading);
      assert.match(before.lead, lead);
      const navigation = await navigationOf(page);
      assert.deepEqual(navigation, { current, menu: `☰ Menu: ${current}` });
      // Nothing of the app has run: the frame is index.html's alone.
      assert.equal(await page.locator(APP_READY).count(), 0);
      if (hash === '#/meeting') await screenshot(page, `opening-before-code-${viewport.width}`, { fullPage: false });

      await letCodeThrough();
      await page.locator(APP_READY).waitFor();
      const app = page.locator('main#main');
      // The page's own content, past its opening: the area's code is running.
      await app.locator('section.page > p.lead + *').first().waitFor();
      assert.deepEqual(await openingOf(app), before);
      assert.deepEqual(await navigationOf(page), navigation);
      assert.equal(await page.locator('#app-loading').count(), 0);
      assertNoErrors(errors);
      await context.close();
    });
  }
}

test('a page whose heading comes from the data shows only "Loading…" before the code', async () => {
  for (const hash of ['#/meeting/00000000-0000-4000-8000-00000000a001', '#/templates/00000000-0000-4000-8000-00000000b001']) {
    const { context, page, errors, letCodeThrough } = await visitWithoutCode(hash, PHONE);
    const frame = page.locator('#app-loading main');
    await frame.getByText('Loading Smarketing Meetings…').waitFor();
    assert.equal(await frame.locator('h1').count(), 0, hash);
    const navigation = await navigationOf(page);
    assert.equal(navigation.current, 'Meeting', hash);
    await letCodeThrough();
    await page.locator('main#main h1').first().waitFor();
    assert.deepEqual(await navigationOf(page), navigation);
    assertNoErrors(errors);
    await context.close();
  }
});
