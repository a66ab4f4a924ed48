// Journey: the cap stops the clock, never the record. Buffer banked by early finishes extends
// the last segment; at the cap the status line says one thing; the action item being typed,
// the tally and the forms stay until the facilitator closes the meeting. Time moves with
// page.clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, PHONE, meetingOfAdaAndBen } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

const count = (page, name) =>
  page.locator('.tally-tile', { has: page.locator('.tally-name', { hasText: name }) }).getByTestId('tally-count').innerText();

test('buffer extends the last segment; at the cap typing, taps and forms carry on until Close', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await meetingOfAdaAndBen(page);
  await page.clock.pauseAt(T0 + 10 * 60_000);

  await page.getByRole('button', { name: 'Start meeting' }).click();
  for (const wait of ['02:00', '04:00', '06:00']) {
    await page.clock.fastForward(wait);
    await page.keyboard.press('n');
  }
  await page.locator('.segment-position', { hasText: 'Segment 4 of 4' }).waitFor();
  await page.clock.runFor(300);
  assert.equal(await page.getByTestId('plan-line').innerText(), '13:00 ahead of plan · buffer 13:00');

  // The last segment takes a minute of the buffer.
  const plusOne = page.getByRole('button', { name: /^\+1 min/ });
  assert.equal(await plusOne.isDisabled(), false);
  await plusOne.click();
  await page.clock.runFor(300);
  assert.equal(await page.getByTestId('segment-time').innerText(), '6:00');
  assert.equal(await page.getByTestId('plan-line').innerText(), '12:00 ahead of plan · buffer 12:00');

  // Someone is typing an action item and the talk is being tallied when the cap comes.
  await page.locator('#new-action-what').fill('Call the ten warm');
  await page.locator('.tally-tile', { hasText: 'Ada' }).click();
  await page.clock.fastForward('18:00');
  await page.clock.runFor(500);
  await page.locator('.clock-headline', { hasText: "Time's up" }).waitFor();
  const status = await page.getByTestId('plan-line').innerText();
  assert.doesNotMatch(status, /On plan/);
  assert.equal(status, 'The clock has stopped at the cap. Finish the record, then close the meeting.');
  assert.equal(await page.getByTestId('meeting-remaining').innerText(), '0:00');
  assert.equal(await page.getByTestId('clock-bar-segment-time').innerText(), "Time's up");
  await screenshot(page, 'meeting-time-up-desktop');

  // Nothing typed is lost, and the record stays open.
  assert.equal(await page.locator('#new-action-what').inputValue(), 'Call the ten warm');
  await page.locator('#new-action-what').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' leads');
  await page.locator('#new-action-what').press('Enter');
  await page.getByRole('listitem', { name: 'Action item: Call the ten warm leads' }).waitFor();
  await page.locator('.tally-tile', { hasText: 'Ben' }).click();
  assert.equal(await count(page, 'Ben'), '1');
  assert.equal(await count(page, 'Ada'), '1');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'meeting-time-up-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Closing ends the record; the minutes have what was added after the cap.
  await page.getByRole('button', { name: 'Close meeting' }).click();
  await page.locator('.finished-panel').getByRole('heading', { name: 'Meeting finished' }).waitFor();
  assert.equal(await page.getByTestId('plan-line').innerText(), 'Closed after using the whole cap');
  assert.equal(await page.getByRole('button', { name: 'Reopen meeting' }).count(), 0, 'no time left to reopen');
  await page.clock.runFor(1000);
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('## Participation'));
  const minutes = await page.locator('#minutes-text').inputValue();
  assert.ok(minutes.includes('- Call the ten warm leads'), minutes);
  assert.ok(minutes.includes('**Left without an action item:** Ben'), minutes);
  await allSaved(page);
  assertNoErrors(errors);
  await context.close();
});
