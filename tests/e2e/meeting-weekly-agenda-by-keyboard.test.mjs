// Journey: plan a meeting on the built-in weekly agenda and run its clock: keyboard, reload,
// go-round, deliverables. (The short-template journey to time's up is in meeting-clock.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, addPeople, planMeeting } from './support.mjs';

const browser = useBrowser();

const seconds = (text) => {
  const [m, s] = text.replace('+', '').split(':').map(Number);
  return m * 60 + s;
};

test('the weekly template runs 5/10/10/5 under a 30:00 cap, by keyboard, across a reload', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPeople(page, [['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales'], ['Dee', 'marketing']]);
  await planMeeting(page, ['Ada', 'Ben', 'Cy', 'Dee'], 'Ben');

  const planned = await page.locator('.agenda-table tbody tr td:nth-child(2)').allInnerTexts();
  assert.deepEqual(planned, ['5:00', '10:00', '10:00', '5:00']);
  assert.match(await page.locator('.meeting-clock').innerText(), /30:00 left of 30:00/);
  assert.equal(await page.getByTestId('segment-time').innerText(), '5:00');

  // Space starts; the countdown runs from wall-clock time.
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.waitForFunction(() => {
    const [m, s] = document.querySelector('[data-testid="segment-time"]').textContent.split(':').map(Number);
    return m * 60 + s <= 298;
  });
  const running = seconds(await page.getByTestId('segment-time').innerText());
  assert.ok(running <= 298 && running >= 295, `countdown shows ${running}s`);

  // Reload mid-meeting: the same meeting resumes at the right second.
  await allSaved(page);
  await page.reload();
  await page.locator('.clock-panel').waitFor();
  await page.waitForFunction((running) => {
    const [m, s] = document.querySelector('[data-testid="segment-time"]').textContent.split(':').map(Number);
    return m * 60 + s <= running;
  }, running);
  const resumed = seconds(await page.getByTestId('segment-time').innerText());
  assert.ok(resumed <= running && resumed >= running - 3, `resumed at ${resumed}s after ${running}s`);

  // Space pauses, N moves on (early finish banks buffer), P goes back, → forward again.
  await page.keyboard.press('Space');
  await page.locator('.clock-headline', { hasText: 'Paused' }).waitFor();
  await page.keyboard.press('n');
  await page.locator('.segment-position', { hasText: 'Segment 2 of 4' }).waitFor();
  assert.match(await page.getByTestId('plan-line').innerText(), /ahead of plan · buffer/);
  await page.keyboard.press('p');
  await page.locator('.segment-position', { hasText: 'Segment 1 of 4' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.locator('.segment-position', { hasText: 'Segment 2 of 4' }).waitFor();

  // Progress: deliverables typed in get two minutes each.
  const deliverable = page.getByLabel('Deliverable', { exact: true });
  await deliverable.fill('Pricing one-pager');
  await deliverable.press('Enter');
  await deliverable.fill('Webinar follow-up');
  await deliverable.press('Enter');
  await page.locator('.segment-panel', { hasText: '2 deliverables × 2:00, 6:00 for questions' }).waitFor();
  // Typing a shortcut letter into a field does not move the meeting.
  await deliverable.fill('n p');
  await page.locator('.segment-position', { hasText: 'Segment 2 of 4' }).waitFor();
  await deliverable.fill('');
  await deliverable.blur();

  // New problems: go round every attendee.
  await page.keyboard.press('n');
  await page.locator('.go-round-next', { hasText: 'Ask Ada next.' }).waitFor();
  await page.getByRole('button', { name: 'Raised a problem (Ada)' }).click();
  await page.getByRole('button', { name: 'Nothing new (Ben)' }).click();
  await page.locator('.go-round-next', { hasText: 'Ask Cy next.' }).waitFor();

  // The help overlay lists the shortcuts.
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await screenshot(page, 'meeting-help');
  await page.keyboard.press('Escape');

  // Space is the clock's shortcut once no button has focus (on a button it presses it).
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await allSaved(page);
  await page.reload();
  await page.locator('.go-round-next', { hasText: 'Ask Cy next.' }).waitFor();
  assert.equal(await page.locator('.segment-position').innerText(), 'Segment 3 of 4');
  await screenshot(page, 'meeting-desktop');
  assertNoErrors(errors);
  await context.close();
});
