// Journey: the live meeting screen on a 390-px phone: nothing wider than the screen, and a
// countdown big enough to read across a room.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, screenshot, addPeople, planMeeting, PHONE, assertFitsPhone } from './support.mjs';

const browser = useBrowser();

test('the live screen is readable on a 390-px phone', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE });
  await addPeople(page, [['Eve', 'sales'], ['Fay', 'marketing']]);
  await planMeeting(page, ['Eve', 'Fay'], 'Fay');
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await assertFitsPhone(page);
  const fontSize = await page.getByTestId('segment-time').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize >= 60, `countdown is ${fontSize}px`);
  await screenshot(page, 'meeting-phone');
  assertNoErrors(errors);
  await context.close();
});
