// Journey: a roster of 30 built through the roster page gets a fair weekly rotation: eight
// Wednesdays from the cadence, every meeting under the cap with both core members, no
// executive, a note-taker who attends and changes each week, and balanced teams; a seat cap
// outside 2 to 9 is refused in place; the fairness table covers everyone but the executives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, readPlan, checkRules, planRotationOfThirty,
} from './support.mjs';

const browser = useBrowser();

test('a roster of 30 gets a fair weekly rotation', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster' });
  // The roster of 30; a weekly cadence: Wednesdays 09:30 from 1 January 2030 (a Tuesday).
  const plan = await planRotationOfThirty(page);
  assert.equal(plan.length, 8, 'the default horizon is 8 meetings');
  assert.deepEqual(plan.slice(0, 4).map((m) => m.date), ['2030-01-02', '2030-01-09', '2030-01-16', '2030-01-23']);
  assert.match(plan[0].title, /^Wed 2 Jan 2030, 09:30/);
  checkRules(plan);
  assert.equal(plan[0].attendees.find((a) => a.name === 'Core Sales').reason, 'core member');

  // A seat cap over 9 (or under 2) is refused in place and nothing changes.
  await page.locator('#sched-seats').fill('12');
  await page.locator('#sched-seats-message', { hasText: '12 is not allowed' }).waitFor();
  assert.equal(await page.locator('#sched-seats').getAttribute('aria-invalid'), 'true');
  await page.locator('#sched-seats').fill('1');
  await page.locator('#sched-seats-message', { hasText: '1 is not allowed' }).waitFor();
  assert.deepEqual(await readPlan(page), plan, 'a refused seat cap changed the plan');
  await page.locator('#sched-seats').fill('9');
  await page.locator('#sched-seats-message').filter({ hasText: /^$/ }).waitFor();

  // Fairness at a glance.
  const fairness = page.locator('.sched-fairness');
  assert.match(await fairness.locator('.sched-fair-summary').innerText(), /attends \d(–\d)? of the next 8 meetings/);
  assert.match(await fairness.locator('.sched-mixing').innerText(), /\d+% of possible pairs meet/);
  assert.equal(await fairness.locator('tbody tr').count(), 28, 'everyone but the executives has a row');
  assert.deepEqual(await fairness.locator('thead th').allInnerTexts(), ['Person', 'Team', 'Meetings', 'Longest gap']);

  assertNoErrors(errors);
  await context.close();
});
