// Journey: over weeks, the changes by hand whose time has passed fold away. On 1 January 2030
// the facilitator marks someone unavailable for the first meeting, skips the second date and
// requests someone for the next meeting: all three are in force. Nine days later (Playwright's
// clock, then a reload, as a facilitator opening the page next week) the absence and the skip
// are under "Earlier changes (2)", closed, and only the request is listed as in force. The spent
// ones are still stored and can be taken back without touching the plan; a reload keeps it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, importFile, rosterFile, usePhone, overflow,
  axeViolations, readPlan, names, planWednesdaysFrom2030, skipTheNinthOfJanuary, waitForPlan, APP_URL,
} from './support.mjs';

const browser = useBrowser();
const idOf = (n) => `00000000-0000-4000-8000-000000000${String(n).padStart(3, '0')}`;
const nameOf = (n) => `Person ${String(n).padStart(3, '0')}`;

test('changes by hand whose time has passed fold away, kept and undoable', async () => {
  const { context, page, errors } = await openApp(browser(), {
    hash: '#/exchange',
    clock: new Date('2030-01-01T08:00:00Z'),
  });
  await importFile(page, 'roster.json', rosterFile(12));
  await page.goto(APP_URL + '#/schedule');
  let plan = await planWednesdaysFrom2030(page);

  // Someone in the first meeting away on 2 January, the second date skipped, someone not in
  // the first meeting requested for the next one. Person 012 is inactive.
  const active = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const awayN = active.find((n) => names(plan[0]).includes(nameOf(n)));
  const away = nameOf(awayN);
  await page.locator('#sched-away-person').selectOption(idOf(awayN));
  assert.equal(await page.locator('#sched-away-date').inputValue(), '2030-01-02');
  await page.getByRole('button', { name: 'Mark unavailable' }).click();
  plan = await waitForPlan(page, (p) => !names(p[0]).includes(away), `${away} out of the first meeting`);
  plan = await skipTheNinthOfJanuary(page);
  // Ten people for nine seats: one is left out of the first meeting.
  const requestedN = active.find((n) => n !== awayN && !names(plan[0]).includes(nameOf(n)));
  assert.ok(requestedN, 'someone is not in the first meeting');
  const requested = nameOf(requestedN);
  await page.locator('#sched-request-person').selectOption(idOf(requestedN));
  await page.getByRole('button', { name: 'Request', exact: true }).click();
  await waitForPlan(page, (p) => names(p[0]).includes(requested), `${requested} in the first meeting`);
  await allSaved(page);

  const inForce = page.locator('.sched-changes > .sched-change-list .sched-change-text');
  const earlier = page.locator('details.sched-earlier');
  const earlierRows = earlier.locator('.sched-change-list .sched-change-text');
  assert.deepEqual(await inForce.allInnerTexts(), [
    `${requested} requested for the next meeting: raised a problem`,
    `${away} unavailable on Wed 2 Jan 2030`,
    'No meeting on Wed 9 Jan 2030',
  ]);
  assert.equal(await earlier.count(), 0, 'nothing is spent yet');

  // Nine days later, the facilitator opens the schedule again.
  await page.clock.setSystemTime(new Date('2030-01-10T08:00:00Z'));
  await page.reload();
  const firstCard = page.locator('.sched-card').first();
  assert.equal(await firstCard.getAttribute('data-date'), '2030-01-16', 'the plan starts after today');
  plan = await readPlan(page);
  assert.deepEqual(await inForce.allInnerTexts(), [`${requested} requested for the next meeting: raised a problem`]);
  assert.equal((await earlier.locator('summary').innerText()).trim(), 'Earlier changes (2)');
  assert.equal(await earlier.getAttribute('open'), null, 'the spent changes start folded');
  await earlier.locator('summary').click();
  assert.deepEqual(await earlierRows.allInnerTexts(), [
    `${away} unavailable on Wed 2 Jan 2030`,
    'No meeting on Wed 9 Jan 2030',
  ]);
  assert.deepEqual(await axeViolations(page), []);
  await earlier.scrollIntoViewIfNeeded();
  await screenshot(page, 'schedule-earlier-changes-desktop', { fullPage: false });

  // Taking a spent change back tidies the list and leaves the plan as it was.
  const takeBack = (list, text, button) => list.locator('li', { hasText: text }).getByRole('button', { name: button }).click();
  await takeBack(earlier, 'No meeting on Wed 9 Jan 2030', 'Restore');
  await earlierRows.first().waitFor();
  assert.deepEqual(await earlierRows.allInnerTexts(), [`${away} unavailable on Wed 2 Jan 2030`]);
  assert.equal((await earlier.locator('summary').innerText()).trim(), 'Earlier changes (1)');
  await allSaved(page);
  assert.deepEqual(await readPlan(page), plan, 'a spent change moved someone');

  // A reload keeps it, and with the request withdrawn nothing is in force any more.
  await page.reload();
  assert.equal(await firstCard.getAttribute('data-date'), '2030-01-16');
  assert.equal((await earlier.locator('summary').innerText()).trim(), 'Earlier changes (1)');
  await takeBack(page.locator('.sched-changes > .sched-change-list'), `${requested} requested`, 'Withdraw');
  await page.getByText('None at the moment.').waitFor();
  assert.equal(await inForce.count(), 0);
  await allSaved(page);

  await usePhone(page);
  await earlier.locator('summary').click();
  const wider = await overflow(page);
  assert.ok(wider <= 0, `page is ${wider}px wider than the phone`);
  await earlier.scrollIntoViewIfNeeded();
  await screenshot(page, 'schedule-earlier-changes-phone', { fullPage: false });

  assertNoErrors(errors);
  await context.close();
});
