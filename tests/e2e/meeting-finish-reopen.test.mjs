// Journey: finishing early asks once, naming the segment that has not started; the finished
// screen shows planned against actual time instead of a frozen countdown; a finished meeting
// reopens, paused where it ended, while the cap has time left. Time moves with page.clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, PHONE, meetingOfAdaAndBen, assertFitsPhone } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

async function meetingOfTwo(page) {
  await meetingOfAdaAndBen(page);
  // From here on time moves only when the test says so.
  await page.clock.pauseAt(T0 + 10 * 60_000);
}

const rows = (page) => page.locator('.finished-panel tbody tr').evaluateAll((trs) =>
  trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())));
const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent.trim());

test('finish early asks once, the outcome replaces the countdown, and reopen carries on', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await meetingOfTwo(page);

  // Started from the keyboard; focus lands on the button that took Start's place.
  await page.getByRole('button', { name: 'Start meeting' }).focus();
  await page.keyboard.press('Enter');
  await page.clock.runFor(100);
  assert.equal(await focusedText(page), 'Pause');
  await page.clock.fastForward('04:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('09:00');
  await page.keyboard.press('n');
  await page.clock.fastForward('02:00');
  await page.locator('.segment-position', { hasText: 'Segment 3 of 4' }).waitFor();

  // Finish asks, naming what has not happened; "Keep going" is the safe answer, focused.
  await page.getByRole('button', { name: 'Finish meeting' }).click();
  const question = page.getByRole('group', { name: 'Finish the meeting early?' });
  await question.getByText('“Set new action items” has not started. Finish the meeting anyway?').waitFor();
  await page.clock.runFor(100);
  assert.equal(await focusedText(page), 'Keep going');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'finish-question');
  await page.keyboard.press('Enter');
  await question.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.getByRole('button', { name: 'Finish meeting' }).click();
  await question.getByRole('button', { name: 'Finish now' }).click();

  // The outcome, not a countdown.
  const finished = page.locator('.finished-panel');
  await finished.getByRole('heading', { name: 'Meeting finished' }).waitFor();
  assert.equal(await page.getByTestId('segment-time').count(), 0, 'no frozen countdown');
  assert.equal(await page.getByTestId('clock-bar').count(), 0);
  assert.deepEqual(await rows(page), [
    ['Review the last meeting', '5:00', '4:00', '1:00 under'],
    ['Progress on current problem-solving deliverables', '10:00', '9:00', '1:00 under'],
    ['Discuss new problems', '10:00', '2:00', '8:00 under'],
    ['Set new action items', '5:00', '0:00', 'not held'],
  ]);
  assert.match(await page.getByTestId('finished-summary').innerText(), /Used 15:00 of its 30:00 cap\./);
  assert.equal(await page.getByTestId('plan-line').innerText(), 'Finished with 15:00 of the cap unused');
  await page.getByRole('heading', { name: 'Minutes' }).waitFor();
  await page.clock.runFor(1000);
  await allSaved(page);
  await screenshot(page, 'meeting-finished-desktop');
  await page.setViewportSize(PHONE);
  await assertFitsPhone(page);
  const cut = await page.locator('.finished-panel').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(cut <= 0, `the outcome is cut by ${cut}px`);
  await screenshot(page, 'meeting-finished-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Kept across a reload.
  await page.reload();
  await finished.getByRole('heading', { name: 'Meeting finished' }).waitFor();

  // Reopened: paused on the segment it ended in; the time away is not meeting time.
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: 'Reopen meeting' }).click();
  await page.locator('.segment-position', { hasText: 'Segment 3 of 4' }).waitFor();
  await page.clock.runFor(100);
  assert.equal(await focusedText(page), 'Resume');
  assert.equal(await page.getByTestId('meeting-remaining').innerText(), '15:00');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.keyboard.press('n');
  await page.clock.fastForward('03:00');
  await page.clock.runFor(300);
  // Nothing is skipped now, so no question.
  await page.getByRole('button', { name: 'Finish meeting' }).click();
  await finished.getByRole('heading', { name: 'Meeting finished' }).waitFor();
  assert.deepEqual((await rows(page))[3], ['Set new action items', '5:00', '3:00', '2:00 under']);
  assert.match(await page.getByTestId('finished-summary').innerText(), /Used 18:00 of its 30:00 cap\./);
  assertNoErrors(errors);
  await context.close();
});
