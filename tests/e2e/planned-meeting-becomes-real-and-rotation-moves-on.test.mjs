// Journey: a planned meeting turns into a real one with its people; once it is held (its clock
// started) the rotation continues after it: the plan starts at the next date, those who just
// attended wait their turn again, the note-taker changes, and the request it honoured is done
// (listed under the earlier changes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, names, waitForPlan, openSchedule,
  requestSomeoneNotInTheFirstMeeting, skipTheNinthOfJanuary, planRotationOfThirty,
} from './support.mjs';

const browser = useBrowser();

test('a planned meeting becomes a real one, and once held the rotation moves past it', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster' });
  const [requested] = await requestSomeoneNotInTheFirstMeeting(page, await planRotationOfThirty(page));
  let plan = await skipTheNinthOfJanuary(page);
  await allSaved(page);

  // Turn the first planned meeting into a real one: its live screen opens with those people.
  const first = page.locator('.sched-card').first();
  await first.getByRole('button', { name: 'Create this meeting' }).click();
  await page.waitForURL(/#\/meeting\/[0-9a-f-]{36}$/);
  await page.locator('.clock-panel').waitFor();
  const line = await page.locator('main').innerText();
  for (const name of names(plan[0])) assert.ok(line.includes(name), `${name} is not in the created meeting`);
  await allSaved(page);
  await openSchedule(page);
  await page.locator('.sched-card').first().getByRole('link', { name: 'Open this meeting' }).waitFor();

  // Once that meeting is held (its clock started), the rotation continues after it: the plan
  // starts at the next date, and those who just attended wait their turn again.
  await page.locator('.sched-card').first().getByRole('link', { name: 'Open this meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await allSaved(page);
  await openSchedule(page);
  const held = plan[0];
  plan = await waitForPlan(page, (p) => p[0].date === '2030-01-16', 'the plan moves past the held meeting');
  const rotated = (m) => names(m).filter((n) => !n.startsWith('Core'));
  assert.deepEqual(rotated(plan[0]).filter((n) => rotated(held).includes(n)), [], 'someone attends twice running');
  assert.notEqual(plan[0].noteTaker, held.noteTaker);
  // The request it honoured is done, so it folds away under the earlier changes.
  const earlier = page.locator('details.sched-earlier');
  await earlier.locator('summary', { hasText: 'Earlier changes (1)' }).click();
  await earlier.locator('.sched-change-text', { hasText: `${requested} requested for the next meeting: raised a problem (done: they attended)` }).waitFor();

  assertNoErrors(errors);
  await context.close();
});
