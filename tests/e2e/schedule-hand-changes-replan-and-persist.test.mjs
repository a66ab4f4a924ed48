// Journey: hand changes to the rotation re-plan around themselves and survive reloads: a request
// puts someone in the next meeting with the reason, someone unavailable drops out and the seat
// is refilled, Reshuffle keeps both, a skipped date and a swap at a meeting are kept; the list
// of changes says what was done; axe on the page and no sideways scrolling on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, usePhone, overflow, SALES, teamOf, readPlan,
  names, waitForPlan, checkRules, requestSomeoneNotInTheFirstMeeting, skipTheNinthOfJanuary,
  planRotationOfThirty,
} from './support.mjs';

const browser = useBrowser();

test('hand changes re-plan the rotation and persist', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster' });
  let plan = await planRotationOfThirty(page);

  // Request someone who is not in the first meeting: they attend it, with the reason.
  let requested;
  [requested, plan] = await requestSomeoneNotInTheFirstMeeting(page, plan);
  assert.equal(plan[0].attendees.find((a) => a.name === requested).reason, 'requested: raised a problem');
  checkRules(plan);

  // Mark someone in the first meeting unavailable that day: they drop out, the seat is refilled.
  const away = names(plan[0]).find((n) => /^(Sales|Marketing) \d/.test(n) && n !== requested);
  await page.locator('#sched-away-person').selectOption({ label: `${away} (${teamOf(away)})` });
  assert.equal(await page.locator('#sched-away-date').inputValue(), '2030-01-02');
  await page.getByRole('button', { name: 'Mark unavailable' }).click();
  plan = await waitForPlan(page, (p) => !names(p[0]).includes(away), `${away} out of the first meeting`);
  assert.ok(names(plan[0]).includes(requested), 'the request is kept after the re-plan');
  checkRules(plan);

  // Reshuffle picks a new seed; the hand changes stay.
  await page.getByRole('button', { name: 'Reshuffle' }).click();
  plan = await waitForPlan(page, (p) => names(p[0]).includes(requested) && !names(p[0]).includes(away), 'changes kept');
  checkRules(plan);

  await allSaved(page);
  const changes = page.locator('.sched-change-list li');
  assert.deepEqual(await changes.locator('.sched-change-text').allInnerTexts(), [
    `${requested} requested for the next meeting: raised a problem`,
    `${away} unavailable on Wed 2 Jan 2030`,
  ]);
  await screenshot(page, 'schedule-desktop');

  // No WCAG A/AA problems on the page.
  const axe = await new AxeBuilder({ page }).include('.sched-page').withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);

  // Reload: the same schedule and the same hand changes.
  await page.reload();
  await page.locator('.sched-card').first().waitFor();
  assert.deepEqual(await readPlan(page), plan, 'the plan changed across a reload');
  assert.equal(await changes.count(), 2);
  assert.equal(await page.locator('#sched-seats').inputValue(), '9');
  assert.equal(await page.locator('#sched-weekday').inputValue(), 'Wednesday');

  // Skip the second date (a holiday): the plan still has 8 meetings, none on that day.
  plan = await skipTheNinthOfJanuary(page);
  assert.equal(plan.length, 8);
  assert.equal(plan[1].date, '2030-01-16');
  checkRules(plan);

  // Swap by hand at the first meeting: kept, with its reason, and the rest re-planned.
  const first = page.locator('.sched-card').first();
  const out = names(plan[0]).find((n) => /^(Sales|Marketing) \d/.test(n) && n !== requested);
  const into = SALES.find((n) => !names(plan[0]).includes(n) && n !== away);
  await first.getByText('Swap someone at this meeting').click();
  await first.getByLabel('Gives up the seat').selectOption({ label: out });
  await first.getByLabel('Takes the seat').selectOption({ label: `${into} (Sales)` });
  await first.getByRole('button', { name: 'Swap', exact: true }).click();
  plan = await waitForPlan(page, (p) => names(p[0]).includes(into) && !names(p[0]).includes(out), 'the swap');
  assert.equal(plan[0].attendees.find((a) => a.name === into).reason, 'swapped in by hand');
  assert.ok(names(plan[0]).length <= 9);
  await allSaved(page);
  await page.reload();
  await page.locator('.sched-card').first().waitFor();
  assert.deepEqual(await readPlan(page), plan, 'skip and swap did not survive a reload');
  assert.equal(await changes.count(), 4);

  // The phone: no sideways scrolling.
  await usePhone(page);
  const wider = await overflow(page);
  assert.ok(wider <= 0, `page is ${wider}px wider than the phone`);
  await screenshot(page, 'schedule-phone');

  assertNoErrors(errors);
  await context.close();
});
