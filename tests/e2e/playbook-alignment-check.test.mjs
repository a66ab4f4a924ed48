// Journey: the alignment check at the quarterly evaluation: each attendee scores the
// statements 1 to 5 in a go-round; the results show Sales and Marketing side by side with the
// gap, and the gap's trend over two quarters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, finishMeeting, meetingOfAdaAndBen, APP_URL, PHONE, axeViolations } from './support.mjs';

const browser = useBrowser();

const FIRST = 'We agree on what a qualified lead is.';
const SECOND = "Sales follows up marketing's leads in time.";

async function goRound(page, scores) {
  const fold = page.locator('details.pb-alignment-fold');
  if ((await fold.getAttribute('open')) === null) await fold.locator('> summary').click();
  const check = page.getByRole('region', { name: 'Alignment check' });
  for (const [who, first, second] of scores) {
    await check.locator('#pb-scorer').selectOption({ label: who });
    await check.getByRole('group', { name: FIRST }).getByRole('button', { name: String(first), exact: true }).click();
    await check.getByRole('group', { name: SECOND }).getByRole('button', { name: String(second), exact: true }).click();
    await check.getByRole('group', { name: SECOND }).getByRole('button', { name: String(second), exact: true, pressed: true }).waitFor();
  }
  await allSaved(page);
  return check;
}

const rowOf = async (table, statement) =>
  (await table.locator('tr', { hasText: statement }).innerText()).replace(/\s+/g, ' ').trim();

test('the go-round scores the statements and shows the gap by team and its trend', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: new Date('2030-03-25T09:00:00Z') });
  await meetingOfAdaAndBen(page);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  let check = await goRound(page, [['Ada (Sales)', 5, 4], ['Ben (Marketing)', 2, 4]]);
  const results = check.getByRole('table', { name: 'Results in this meeting' });
  assert.equal(await rowOf(results, FIRST), `${FIRST} 5.0 2.0 3.0`);
  assert.equal(await rowOf(results, SECOND), `${SECOND} 4.0 4.0 0.0`);
  assert.equal(await results.locator('tr.pb-gap-wide').count(), 1, 'the wide gap stands out');
  await screenshot(page, 'playbook-alignment');
  await finishMeeting(page);

  // Next quarter: the gap on qualified leads has closed.
  await page.clock.setSystemTime(new Date('2030-04-15T09:00:00Z'));
  await page.goto(APP_URL + '#/meeting');
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  const quarterly = await page.locator('#new-meeting-template option', { hasText: 'Quarterly evaluation' }).getAttribute('value');
  await page.locator('#new-meeting-template').selectOption(quarterly);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  check = page.getByRole('region', { name: 'Alignment check' });
  await check.waitFor();
  assert.notEqual(await page.locator('details.pb-alignment-fold').getAttribute('open'), null, 'open at the quarterly evaluation');
  check = await goRound(page, [['Ada (Sales)', 4, 3], ['Ben (Marketing)', 4, 5]]);
  const trend = check.getByRole('table', { name: 'Gap between Sales and Marketing, quarter by quarter' });
  assert.match(await trend.locator('thead').innerText(), /2030 Q1\s+2030 Q2/);
  assert.equal(await rowOf(trend, FIRST), `${FIRST} 3.0 0.0`);
  assert.equal(await rowOf(trend, SECOND), `${SECOND} 0.0 -2.0`);
  await screenshot(page, 'playbook-alignment-trend');
  assert.deepEqual(await axeViolations(page), [], 'the alignment check passes axe');
  await page.setViewportSize(PHONE);
  await check.scrollIntoViewIfNeeded();
  // On a phone the results and the trend fit their card: no column hidden behind a scroll.
  const overflowing = await check.locator('.table-scroll').evaluateAll((boxes) => boxes
    .filter((box) => box.scrollWidth > box.clientWidth)
    .map((box) => `${box.querySelector('table').getAttribute('class')}: ${box.scrollWidth} > ${box.clientWidth} px`));
  assert.deepEqual(overflowing, [], 'tables wider than the phone');
  await screenshot(page, 'playbook-alignment-phone', { fullPage: false });
  assertNoErrors(errors);
  await context.close();
});
