// Journey: plan a meeting on the built-in weekly agenda and run its clock: keyboard, reload,
// go-round, deliverables. (The short-template journey to time's up is in meeting-clock.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, importFile, rosterFile, storeRequest, addPeople, PHONE } from './support.mjs';

const browser = useBrowser();

async function planWeeklyMeeting(page, names, noteTaker) {
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('heading', { name: 'Plan a meeting' }).waitFor();
  for (const name of names) await page.getByRole('checkbox', { name }).check();
  await page.locator('#new-meeting-note-taker').selectOption({ label: noteTaker });
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
}

const seconds = (text) => {
  const [m, s] = text.replace('+', '').split(':').map(Number);
  return m * 60 + s;
};

test('the weekly template runs 5/10/10/5 under a 30:00 cap, by keyboard, across a reload', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPeople(page, [['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales'], ['Dee', 'marketing']]);
  await planWeeklyMeeting(page, ['Ada', 'Ben', 'Cy', 'Dee'], 'Ben');

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

test('the live screen is readable on a 390-px phone', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE });
  await addPeople(page, [['Eve', 'sales'], ['Fay', 'marketing']]);
  await planWeeklyMeeting(page, ['Eve', 'Fay'], 'Fay');
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  const fontSize = await page.getByTestId('segment-time').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize >= 60, `countdown is ${fontSize}px`);
  await screenshot(page, 'meeting-phone');
  assertNoErrors(errors);
  await context.close();
});

test('a meeting whose start time has passed says so with one big Start button', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPeople(page, [['Gus', 'sales']]);
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('checkbox', { name: 'Gus' }).check();
  await page.locator('#new-meeting-when').fill('2026-01-05T09:00');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'This meeting was due to start' });
  await banner.waitFor();
  await banner.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  assert.equal(await banner.count(), 0);

  // Gus is on this meeting's record now: the roster offers deactivation, not deletion.
  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  await page.getByRole('button', { name: 'Edit Gus', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Gus' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm delete' });
  assert.match(await confirm.innerText(), /is on past meetings or action items/);
  assert.equal(await confirm.getByRole('button', { name: 'Delete' }).count(), 0);

  // Deleting the meeting takes its tally with it.
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.locator('.meeting-link').first().click();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('1');
  await allSaved(page);
  await page.getByRole('button', { name: 'Delete meeting' }).click();
  await page.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No meetings yet').waitFor();
  await allSaved(page);
  const taps = await storeRequest(page, 'tally_events', 'count');
  assert.equal(taps, 0);
  assertNoErrors(errors);
  await context.close();
});

test('with a long roster the attendee picker finds people, keeps the ticked ones listed, and Enter does not create the meeting', async () => {
  const { context, page, errors } = await openApp(browser());
  await importFile(page, 'roster.json', rosterFile(250));
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  const picker = page.getByRole('group', { name: /Attendees/ });
  await picker.getByText('Showing 100 of 249 people.').waitFor();
  assert.equal(await picker.getByRole('checkbox').count(), 100);

  const find = picker.getByRole('searchbox', { name: 'Find people' });
  await find.fill('person 02');
  await picker.getByRole('status').filter({ hasText: '10 of 249 people match.' }).waitFor();
  await picker.getByRole('checkbox', { name: 'Person 021' }).check();
  await picker.getByRole('checkbox', { name: 'Person 023' }).check();
  await find.fill('emea');
  await find.press('Enter');
  await picker.getByRole('status').filter({ hasText: '25 of 249 people match, and 1 already chosen.' }).waitFor();
  assert.equal(await picker.getByRole('checkbox').count(), 26);
  assert.equal(await picker.getByRole('checkbox', { name: 'Person 023' }).isChecked(), true);
  await picker.getByRole('checkbox', { name: 'Person 241' }).check();
  assert.match(await picker.locator('legend').innerText(), /3 chosen/);
  await screenshot(page, 'meeting-picker-search', { fullPage: false });

  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  assert.match(await page.locator('main').innerText(), /Attendees:\s*Person 021, Person 023, Person 241/);
  assertNoErrors(errors);
  await context.close();
});
