// Journey: tally a four-person meeting by click and keyboard, undo, read the balance and the
// prompt for the quietest person, reload without losing a tap, finish and see the chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, importFile, finishMeeting, APP_URL, PHONE, assertFitsPhone } from './support.mjs';

const browser = useBrowser();

async function addFour(page) {
  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  for (const [name, team] of [['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales'], ['Dee', 'marketing']]) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption(team);
    await page.getByRole('button', { name: 'Add person' }).click();
  }
}

async function startMeetingOfFour(page) {
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  for (const name of ['Ada', 'Ben', 'Cy', 'Dee']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.tally-grid').waitFor();
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
}

async function meetingWithFour(page) {
  await addFour(page);
  await startMeetingOfFour(page);
}

// Tiles follow the attendee order, which is the roster's: Sales first (Ada, Cy), then Marketing.
const counts = (page) => page.getByTestId('tally-count').allInnerTexts();
const tile = (page, name) => page.locator('.tally-tile', { hasText: name });

test('tally by click and keyboard, undo, balance, prompt, reload, summary chart', async () => {
  const { context, page, errors } = await openApp(browser());
  await meetingWithFour(page);
  await page.locator('.tally-tile:not([disabled])').first().waitFor();

  // Clicks: Ada x4, Ben x2; keyboard: 1 (Ada) and 3 (Ben).
  for (let i = 0; i < 4; i++) await tile(page, 'Ada').click();
  for (let i = 0; i < 2; i++) await tile(page, 'Ben').click();
  await page.locator('h1').click();
  await page.keyboard.press('1');
  await page.keyboard.press('3');
  assert.deepEqual(await counts(page), ['5', '0', '3', '0']);

  // Undo by button and by Ctrl+Z / Backspace.
  await page.getByRole('button', { name: 'Undo last tap' }).click();
  assert.deepEqual(await counts(page), ['5', '0', '2', '0']);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await counts(page), ['4', '0', '2', '0']);
  await page.keyboard.press('2');
  await page.keyboard.press('Backspace');
  assert.deepEqual(await counts(page), ['4', '0', '2', '0']);

  // 6 turns among 4 people: not yet judged (needs 8); silent people stand out, prompt names one.
  assert.match(await page.getByTestId('score-line').innerText(), /appears after 8 contributions \(6 so far\)/);
  assert.match(await tile(page, 'Cy').innerText(), /Not heard yet/);
  assert.equal(await page.getByTestId('prompt').innerText(), "I'd like to hear your thoughts on this, Cy.");

  // Two more turns: judged. Ada's 5 of 8 is over twice the fair share; Dee is silent.
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  assert.deepEqual(await counts(page), ['5', '1', '2', '0']);
  assert.match(await tile(page, 'Ada').innerText(), /Dominating/);
  // Cy's 1 of 8 is exactly half the fair share: not yet quiet.
  assert.doesNotMatch(await tile(page, 'Cy').innerText(), /Quiet/);
  assert.match(await tile(page, 'Dee').innerText(), /Not heard yet/);
  assert.match(await page.getByTestId('score-line').innerText(), /Balance \d+ of 100 · \d\.\d of 4 people/);
  assert.equal(await page.getByTestId('prompt').innerText(), "I'd like to hear your thoughts on this, Dee.");
  await screenshot(page, 'tally-desktop');

  // Reload: every tap is kept, undo included.
  await allSaved(page);
  await page.reload();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  assert.deepEqual(await counts(page), ['5', '1', '2', '0']);

  // Finish: the summary shows the chart with a table behind it.
  await finishMeeting(page);
  const chart = page.getByRole('img', { name: 'Contributions per person' });
  await chart.waitFor();
  assert.equal(await page.locator('.bar-chart').first().locator('rect').count(), 4);
  await page.getByText('Show as a table').first().click();
  assert.match(await page.locator('.bar-chart table').first().innerText(), /Ada\s+5/);
  assert.match(await page.locator('.meeting-summary').innerText(), /Dominating: Ada/);
  await screenshot(page, 'tally-summary');
  assertNoErrors(errors);
  await context.close();
});

test('timed mode measures who has the floor from wall-clock time', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE, clock: true });
  await meetingWithFour(page);
  await page.getByLabel('Timed mode (tap who has the floor)').check();
  await tile(page, 'Ben').click();
  await page.clock.runFor(1500);
  await tile(page, 'Dee').click();
  const benTime = await tile(page, 'Ben').locator('.tally-time').innerText();
  assert.match(benTime, /^0:0[12]$/);
  assert.deepEqual(await counts(page), ['0', '0', '1', '1']);
  await assertFitsPhone(page);
  await screenshot(page, 'tally-phone');
  assertNoErrors(errors);
  await context.close();
});

test('history: balance trend, per-person figures, and someone silent three meetings running', async () => {
  const { context, page, errors } = await openApp(browser());
  await addFour(page);
  for (let meeting = 0; meeting < 3; meeting++) {
    await startMeetingOfFour(page);
    await page.locator('h1').click();
    for (const key of ['1', '2', '3', '1', '2', '3', '1', '2']) await page.keyboard.press(key);
    await finishMeeting(page);
    await page.getByRole('img', { name: 'Contributions per person' }).waitFor();
    await allSaved(page);
  }
  // The balance score is one number everywhere: the minutes say what History shows.
  await page.waitForFunction(() => /Balance \d+ of 100/.test(document.querySelector('#minutes-text')?.value ?? ''));
  const inMinutes = (await page.locator('#minutes-text').inputValue()).match(/Balance (\d+) of 100/)[1];
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('img', { name: /Balance score per meeting, 0 to 100/ }).waitFor();
  const inHistory = await page.locator('section[aria-labelledby="trend-title"] table tbody tr:last-child td').evaluate((td) => td.textContent.trim());
  assert.equal(inHistory, inMinutes);
  // The chart has dates under its points.
  const dates = await page.locator('section[aria-labelledby="trend-title"] svg text[text-anchor]').allTextContents();
  assert.equal(dates.length, 3);
  assert.ok(dates.every((d) => /^\d{1,2} [A-Z][a-z]{2}$/.test(d)), dates.join(' | '));
  assert.equal(await page.locator('.chart-point').count(), 3);
  const quiet = page.getByRole('region', { name: 'Nothing to contribute lately' });
  assert.match(await quiet.innerText(), /Dee/);
  assert.doesNotMatch(await quiet.innerText(), /Ada/);
  const table = await page.locator('.data-table').innerText();
  assert.match(table, /Ada\s+3\s+3\.0\s+0\s+0/);
  assert.match(table, /Dee\s+3\s+0\.0\s+0\s+3/);
  assert.equal(await page.locator('.history-page .meeting-item').count(), 3);
  await screenshot(page, 'history-desktop');
  // On a phone no table column is cut off: each person's figures stack under their name.
  await page.setViewportSize(PHONE);
  await assertFitsPhone(page);
  const cut = await page.locator('.table-scroll').evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
  assert.ok(cut.every((c) => c <= 0), `tables scroll sideways by ${cut.join(', ')}px`);
  await screenshot(page, 'history-phone');
  assertNoErrors(errors);
  await context.close();
});

/** The v2 fixture's people with `count` copies of its first (held) meeting, a week apart. */
function longHistoryFile(count) {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/workspace-v2.json', import.meta.url), 'utf8'));
  const [held] = fixture.meetings;
  const week = 7 * 24 * 3600 * 1000;
  const meetings = Array.from({ length: count }, (_, i) => ({
    ...held,
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    scheduled_at: held.scheduled_at + i * week,
  }));
  return JSON.stringify({
    ...fixture, meetings, tally_events: [], problems: [], action_items: [], minutes: [],
  });
}

test('a long history shows 100 meetings at a time, newest first', async () => {
  const { context, page, errors } = await openApp(browser());
  await importFile(page, 'history.json', longHistoryFile(120));
  await page.goto(APP_URL + '#/history');
  const items = page.locator('.history-page .meeting-item');
  await page.getByText('Showing 100 of 120 meetings.').waitFor();
  assert.equal(await items.count(), 100);
  await page.getByRole('button', { name: 'Show 20 more' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'history-more', { fullPage: false });
  assert.ok(await page.getByRole('button', { name: 'Show all' }).isVisible());
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await page.getByText(/Showing \d+ of 120 meetings/).waitFor({ state: 'detached' });
  assert.equal(await page.getByRole('button', { name: 'Show all' }).count(), 0);
  assert.equal(await items.count(), 120);
  // A new search starts again from one page.
  await page.getByLabel('Search').fill('weekly');
  await page.getByText('Showing 100 of 120 meetings.').waitFor();
  assertNoErrors(errors);
  await context.close();
});
