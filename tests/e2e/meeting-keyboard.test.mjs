// Journey: the live meeting by keyboard on a phone. Focus follows "Start meeting"; Space and
// Enter on a focused control press that control; the Space shortcut works only when nothing
// interactive has focus; the clock bar stays in view while the page scrolls; the navigation
// folds behind a Menu button. Time moves with page.clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, screenshot, PHONE, DESKTOP, assertFitsPhone } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();
const PEOPLE = [['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales'], ['Dee', 'marketing']];

const tile = (page, name) => page.locator('.tally-tile', { has: page.locator('.tally-name', { hasText: name }) });
const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent.trim());

test('keyboard on a phone: focus follows, Space presses the focused control, the clock stays in view', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0, viewport: PHONE });

  // The header is one short line: the navigation folds behind "Menu".
  const header = await page.locator('.app-header').boundingBox();
  assert.ok(header.height <= 100, `header is ${header.height}px tall`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await nav.getByRole('link', { name: 'Meeting' }).isVisible(), false);
  const menu = nav.getByRole('button', { name: /Menu/ });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await screenshot(page, 'nav-open-phone', { fullPage: false });
  await nav.getByRole('link', { name: 'Problems' }).click();
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Problems' }).isVisible(), false, 'the menu folds again');

  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  for (const [name, team] of PEOPLE) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption(team);
    await page.getByRole('button', { name: 'Add person' }).click();
  }
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  for (const [name] of PEOPLE) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.clock.pauseAt(T0 + 10 * 60_000);

  // Space on the focused "Start meeting" starts, once; focus moves to "Pause".
  await page.getByRole('button', { name: 'Start meeting' }).focus();
  await page.keyboard.press('Space');
  await page.clock.runFor(100);
  assert.equal(await focusedText(page), 'Pause');
  // Space on the focused "Pause" pauses (the button, not the shortcut as well).
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  assert.equal(await focusedText(page), 'Resume', 'the button keeps its focus');
  await page.clock.fastForward('01:00');
  assert.equal(await page.getByTestId('segment-time').innerText(), '5:00');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Pause' }).waitFor();

  // Space and Enter on a focused tally tile tap it; the clock keeps running.
  await tile(page, 'Cy').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  assert.equal(await tile(page, 'Cy').getByTestId('tally-count').innerText(), '2');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.clock.fastForward('00:30');
  await page.clock.runFor(300);
  assert.equal(await page.getByTestId('segment-time').innerText(), '4:30');

  // With nothing interactive focused, Space is the clock's shortcut.
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();

  // Scrolled down to the forms, the clock bar is still at the top of the screen.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.clock.runFor(300);
  const bar = page.getByTestId('clock-bar');
  const box = await bar.boundingBox();
  assert.ok(box.y >= -1 && box.y < 10, `the clock bar is at ${box.y}px`);
  assert.ok(box.height <= 80, `the clock bar is ${box.height}px tall`);
  assert.match(await bar.innerText(), /1\/4 Review the last meeting[\s\S]*4:30[\s\S]*Meeting 29:30 left/);
  await assertFitsPhone(page);
  await screenshot(page, 'meeting-live-phone-scrolled', { fullPage: false });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'meeting-live-phone', { fullPage: false });
  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'meeting-live-desktop');
  assertNoErrors(errors);
  await context.close();
});
