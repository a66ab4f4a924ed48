// Journey: a short template (three 3-second segments, 9-second cap) run to time's up, by
// keyboard, with a reload in the middle: the clock resumes from wall-clock time and the time
// each segment really took is recorded. Time moves with page.clock, across the reload too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

const seconds = (text) => {
  const [m, s] = text.replace('+', '').split(':').map(Number);
  return m * 60 + s;
};

async function makeThreeBeatTemplate(page) {
  await page.goto(page.url().replace(/#.*$/, '#/templates'));
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByRole('heading', { name: 'New template', level: 1 }).waitFor();
  await page.getByLabel('Template name').fill('Three beats');
  const rows = page.locator('.tpl-row');
  await rows.first().getByLabel('Title').fill('One');
  await rows.first().getByLabel('Duration').fill('0:03');
  for (const title of ['Two', 'Three']) {
    await page.getByRole('button', { name: 'Add segment' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('tpl-seg-title-input'));
    await page.keyboard.type(title);
    await rows.last().getByLabel('Duration').fill('0:03');
  }
  await page.getByLabel('Cap').fill('0:09');
  await page.locator('.tpl-total-text', { hasText: 'Planned 0:09 of 0:09' }).waitFor();
  await allSaved(page);
}

test('three 3-second segments: keyboard, reload mid-meeting, overrun, time is up at the cap', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster', clock: T0 });
  await page.getByLabel('Name', { exact: true }).first().fill('Ada');
  await page.getByRole('button', { name: 'Add person' }).click();
  await makeThreeBeatTemplate(page);

  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.locator('#new-meeting-template').selectOption({ label: 'Three beats (0:09)' });
  await page.getByRole('checkbox', { name: 'Ada' }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  assert.equal(await page.getByTestId('segment-time').innerText(), '0:03');

  // From here the clock moves only when the journey moves it.
  await page.clock.pauseAt(T0 + 10 * 60_000);
  const pageNow = () => page.evaluate(() => Date.now());
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  const started = await pageNow();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.clock.runFor(1200);
  await page.keyboard.press('n'); // finish "One" early, after 1.2 s
  await page.locator('.segment-position', { hasText: 'Segment 2 of 3' }).waitFor();

  // Reload in the middle of "Two": the clock resumes at the right second.
  await allSaved(page);
  await page.clock.runFor(500);
  await page.reload();
  await page.locator('.segment-position', { hasText: 'Segment 2 of 3' }).waitFor();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const elapsed = ((await pageNow()) - started) / 1000;
  assert.equal(elapsed, 1.7);
  const remaining = seconds(await page.getByTestId('meeting-remaining').innerText());
  assert.ok(Math.abs(9 - elapsed - remaining) <= 1, `meeting shows ${remaining}s left after ${elapsed}s`);

  // "Two" runs past its 3 seconds (at 4.2 s): red, counting up.
  await page.clock.runFor(2800);
  await page.locator('.clock-panel.stage-overrun').waitFor();
  assert.match(await page.getByTestId('segment-time').innerText(), /^\+0:0\d$/);
  await screenshot(page, 'meeting-overrun');

  // At the cap the meeting stops by itself, not before.
  await page.clock.runFor(4000);
  assert.equal(await page.locator('.clock-headline', { hasText: "Time's up" }).count(), 0, 'time was up before the cap');
  await page.getByRole('button', { name: 'Next segment' }).waitFor();
  // The screen redraws every 250 ms: by then it shows the cap reached at 9 s.
  await page.clock.runFor(800);
  await page.locator('.clock-headline', { hasText: "Time's up" }).waitFor();
  assert.equal(await page.getByTestId('meeting-remaining').innerText(), '0:00');
  // The clock has stopped: only closing the meeting is left to do.
  assert.equal(await page.getByRole('button', { name: 'Next segment' }).count(), 0);
  await page.getByRole('button', { name: 'Close meeting' }).waitFor();

  // The actual time per segment is recorded and stays after a reload.
  await allSaved(page);
  await page.reload();
  await page.locator('.clock-headline', { hasText: "Time's up" }).waitFor();
  const actual = (await page.locator('.agenda-table tbody tr td:nth-child(3)').allInnerTexts()).map(seconds);
  assert.equal(actual.length, 3);
  assert.equal(actual[0], 1);
  assert.equal(actual[2], 0);
  const total = actual.reduce((a, b) => a + b, 0);
  assert.ok(total >= 8 && total <= 9, `segments add up to ${total}s`);
  await screenshot(page, 'meeting-time-up');
  assertNoErrors(errors);
  await context.close();
});
