// Journey: a first visit to the Schedule shows the cadence form and downloads nothing more;
// the plan's code (the scheduler and its views) comes once a cadence is set. When it cannot be
// downloaded, the place of the plan says so, the cadence can still be changed and is saved,
// and "Try again" shows the plan once the connection is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, assertNoErrors, screenshot, profileWithoutTheCode, workspaceWithoutTheCode, allSaved, storeRequest,
  REFUSED_DOWNLOAD, APP_URL,
} from './support.mjs';

const browser = useBrowser();
const PLAN_CODE = /\/split_schedule_plan-[^/]*\.wasm$/;
const REFUSAL = 'The plan could not be downloaded. Your schedule is saved';

test('a first visit to the Schedule does not download the plan; setting the cadence does', async () => {
  const { context, page, errors } = await profileWithoutTheCode(browser());
  const planRequests = [];
  page.on('request', (request) => { if (PLAN_CODE.test(new URL(request.url()).pathname)) planRequests.push(request.url()); });

  await page.goto(APP_URL + '#/schedule');
  await page.getByText('Nothing is planned yet.').waitFor();
  await page.getByRole('button', { name: 'Plan meetings' }).waitFor();
  assert.deepEqual(planRequests, [], 'the cadence form needs no plan code');

  await page.getByRole('button', { name: 'Plan meetings' }).click();
  // An empty roster: the plan's own part says why there is no plan.
  await page.getByRole('alert').filter({ hasText: 'No plan yet.' }).waitFor();
  await allSaved(page);
  assert.equal(planRequests.length, 1, 'the plan code is downloaded once');
  assert.ok(await storeRequest(page, 'settings', 'get', 'schedule'), 'the cadence is stored');
  assertNoErrors(errors);
  await context.close();
});

test('a plan whose code cannot be downloaded says so, the cadence is still saved, and "Try again" shows it', async () => {
  const workspace = readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8');
  const { context, page, errors } = await workspaceWithoutTheCode(browser(), workspace);
  let refused = 0;
  await page.route(PLAN_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + '#/schedule');

  const refusal = page.getByRole('alert').filter({ hasText: REFUSAL });
  await refusal.waitFor();
  assert.ok(refused > 0, 'the plan code was requested');
  assert.equal(await page.locator('.sched-meetings').count(), 0);
  await refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'schedule-plan-not-downloaded-phone', { fullPage: false });

  // The cadence form works without the plan: a change is saved.
  await page.locator('#sched-seats').fill('7');
  await allSaved(page);
  assert.equal((await storeRequest(page, 'settings', 'get', 'schedule')).seat_cap, 7);

  await page.unroute(PLAN_CODE);
  await refusal.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.sched-meetings > li').first().waitFor();
  assert.equal(await refusal.count(), 0);
  // Seven seats, as just saved.
  const seated = await page.locator('.sched-meetings > li').first().locator('.sched-attendees > li').count();
  assert.ok(seated > 0 && seated <= 7, `the first meeting seats ${seated}`);
  await screenshot(page, 'schedule-plan-after-retry-phone', { fullPage: false });

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
