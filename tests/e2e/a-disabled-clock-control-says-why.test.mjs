// Journey: a clock control that cannot be used says why, beside it and as its accessible
// description: "Next segment" on the last segment, and "+1 min" when the later segments, the
// buffer and the cap leave less than a minute. Time moves with page.clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, PHONE, meetingOfAdaAndBen, axeViolations } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

/** Whether `button` is disabled, and the text its `aria-describedby` names (null when none). */
async function refusal(page, button) {
  const described = await button.getAttribute('aria-describedby');
  const reason = described ? (await page.locator(`#${described}`).innerText()).trim() : null;
  return { disabled: await button.isDisabled(), reason };
}

/** A started weekly meeting (5, 10, 10 and 5 minutes under a 30:00 cap) moved to its last
 *  segment after the first three took `lengths` each. */
async function onTheLastSegment(page, lengths) {
  await meetingOfAdaAndBen(page);
  await page.clock.pauseAt(T0 + 10 * 60_000);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const next = page.getByRole('button', { name: 'Next segment' });
  const plusOne = page.getByRole('button', { name: /^\+1 min/ });
  assert.deepEqual(await refusal(page, next), { disabled: false, reason: null });
  assert.deepEqual(await refusal(page, plusOne), { disabled: false, reason: null });
  for (const length of lengths) {
    await page.clock.fastForward(length);
    await next.click();
  }
  await page.locator('.segment-position', { hasText: 'Segment 4 of 4' }).waitFor();
  await page.clock.runFor(300);
  return { next, plusOne };
}

test('on plan at the last segment: no next segment, and no minute to add under the cap', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  const { next, plusOne } = await onTheLastSegment(page, ['05:00', '10:00', '10:00']);
  assert.deepEqual(await refusal(page, next), {
    disabled: true,
    reason: 'This is the last segment. Finish the meeting when you are done.',
  });
  assert.deepEqual(await refusal(page, plusOne), {
    disabled: true,
    reason:
      'No time is left to add: the later segments and the buffer are used up, and the cap stays. ' +
      'Let this segment run over or finish.',
  });
  // axe waits on timers: the clock runs on from here.
  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'clock-refusals-desktop');
  await page.setViewportSize(PHONE);
  await page.locator('.clock-refusals').scrollIntoViewIfNeeded();
  await screenshot(page, 'clock-refusals-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Going back to a segment with later ones makes both usable again, and the reasons go.
  await page.getByRole('button', { name: 'Previous' }).click();
  await page.locator('.segment-position', { hasText: 'Segment 3 of 4' }).waitFor();
  assert.deepEqual(await refusal(page, next), { disabled: false, reason: null });
  assert.deepEqual(await refusal(page, plusOne), { disabled: false, reason: null });
  assert.equal(await page.locator('.clock-refusals').count(), 0);
  await allSaved(page);
  assertNoErrors(errors);
  await context.close();
});

test('40 seconds ahead at the last segment: "+1 min" says only 0:40 can be added', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  const { plusOne } = await onTheLastSegment(page, ['05:00', '10:00', '09:20']);
  assert.deepEqual(await refusal(page, plusOne), {
    disabled: true,
    reason: 'Only 0:40 can be added to this segment (later segments and buffer, under the cap), not 1:00.',
  });
  // Pausing does not change what the clock can give.
  await page.getByRole('button', { name: 'Pause' }).click();
  assert.equal((await refusal(page, plusOne)).disabled, true);
  // Once the meeting is finished, the controls and their reasons are gone.
  await page.getByRole('button', { name: 'Finish meeting' }).click();
  await page.locator('.finished-panel').waitFor();
  assert.equal(await page.locator('.clock-refusals').count(), 0);
  await allSaved(page);
  assertNoErrors(errors);
  await context.close();
});
