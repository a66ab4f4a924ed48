// Journey: after one visit the app works with no network. The service worker has kept this
// build's files, so with the browser offline the page reloads, every page opens, a meeting is
// planned and tallied, and the Schedule plans the rotation (its plan is an area of its own that
// a first visit does not need); back online, everything is still there. The app is installable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, APP_URL, PHONE, APP_READY, meetingOfAdaAndBen, wholeAppDownloaded } from './support.mjs';

const browser = useBrowser();

const PAGES = [
  ['#/roster', 'Roster'],
  ['#/schedule', 'Schedule'],
  ['#/meeting', 'Meeting'],
  ['#/problems', 'Problem log'],
  ['#/templates', 'Agenda templates'],
  ['#/history', 'History'],
  ['#/exchange', 'Import/Export'],
];

test('offline after one visit: reload, every page, plan and tally a meeting, all saved', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE });
  await wholeAppDownloaded(page);

  await context.setOffline(true);
  await page.reload();
  await page.locator(APP_READY).waitFor();
  for (const [hash, heading] of PAGES) {
    await page.goto(APP_URL + hash);
    await page.locator('main h1', { hasText: heading }).first().waitFor();
  }

  // Plan and tally a meeting of two, offline.
  await page.goto(APP_URL + '#/roster');
  await meetingOfAdaAndBen(page);
  await page.locator('.tally-grid').waitFor();
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  const ada = page.locator('.tally-tile', { hasText: 'Ada' });
  await ada.click();
  await ada.click();
  await allSaved(page);
  await screenshot(page, 'offline-meeting-phone');
  const meetingUrl = page.url();

  // The rotation's plan, whose code no page had needed yet.
  await page.goto(APP_URL + '#/schedule');
  await page.getByRole('button', { name: 'Plan meetings' }).click();
  await page.locator('.sched-meetings > li').first().waitFor();
  await allSaved(page);
  await page.goto(meetingUrl);

  await context.setOffline(false);
  await page.reload();
  await page.locator('.tally-grid').waitFor();
  assert.equal(page.url(), meetingUrl);
  assert.deepEqual(await page.getByTestId('tally-count').allInnerTexts(), ['2', '0']);
  await page.goto(APP_URL + '#/roster');
  await page.locator('.person-row').nth(1).waitFor();
  assert.equal(await page.locator('.person-row').count(), 2);
  await page.goto(APP_URL + '#/schedule');
  await page.locator('.sched-meetings > li').first().waitFor();
  assertNoErrors(errors);
  await context.close();
});

test('installable: Chromium reports no installability errors', async () => {
  // A real profile: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), 'smarketing-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(APP_URL + '#/roster');
    await page.locator(APP_READY).waitFor();
    await wholeAppDownloaded(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(APP_URL + 'manifest.webmanifest')).json();
    assert.equal(manifest.short_name, 'Smarketing');
    assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512'));
    assertNoErrors(errors);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
