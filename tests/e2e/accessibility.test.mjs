// Journey: every page, with some data in it, passes an axe scan for WCAG 2 A and AA
// (labels, roles, names, contrast), on desktop and on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { useBrowser, openApp, allSaved, assertNoErrors, importFile, rosterFile, APP_URL, PHONE, meetingOfAdaAndBen } from './support.mjs';

const browser = useBrowser();

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function withData(page) {
  await meetingOfAdaAndBen(page);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('1');
  await allSaved(page);
  return page.url();
}

/** A minutes link (see minutes-link.test.mjs) carrying the one-meeting fixture. */
function minutesLink() {
  const file = readFileSync(new URL('../fixtures/meeting-v2.json', import.meta.url));
  return `${APP_URL}#/minutes/1.${deflateRawSync(file).toString('base64url')}`;
}

for (const [label, viewport] of [['desktop', undefined], ['phone', PHONE]]) {
  test(`every page passes axe (WCAG 2 A/AA) on ${label}`, async () => {
    const { context, page, errors } = await openApp(browser(), viewport ? { viewport } : {});
    const meetingUrl = await withData(page);
    const pages = ['#/roster', '#/schedule', '#/meeting', '#/templates', '#/playbook', '#/history', '#/exchange'];
    const found = {};
    for (const hash of pages) {
      await page.goto(APP_URL + hash);
      await page.locator('main h1').first().waitFor();
      found[hash] = await violations(page);
    }
    await page.goto(meetingUrl);
    await page.locator('.clock-panel').waitFor();
    found['live meeting'] = await violations(page);
    await page.goto(minutesLink());
    await page.getByRole('button', { name: 'Save to my workspace' }).waitFor();
    found['minutes link'] = await violations(page);
    await page.goto(APP_URL + '#/minutes/1.damaged*');
    await page.locator('.link-refused').waitFor();
    found['damaged minutes link'] = await violations(page);
    for (const [where, list] of Object.entries(found)) assert.deepEqual(list, [], where);
    assertNoErrors(errors);
    await context.close();
  });
}

test('the long-list search boxes and "show more" footers pass axe', async () => {
  const { context, page, errors } = await openApp(browser());
  await importFile(page, 'roster.json', rosterFile(250));
  const found = {};
  for (const [hash, box] of [['#/roster', '#roster-search'], ['#/meeting', '#new-meeting-find']]) {
    await page.goto(APP_URL + hash);
    await page.getByText('Showing 100 of').waitFor();
    found[`${hash} showing 100`] = await violations(page);
    await page.locator(box).fill('emea');
    await page.getByRole('status').filter({ hasText: '25 of' }).waitFor();
    found[`${hash} searched`] = await violations(page);
  }
  for (const [where, list] of Object.entries(found)) assert.deepEqual(list, [], where);
  assertNoErrors(errors);
  await context.close();
});
