// Journey: an SLA commitment and a shared goal are scored in the progress segment of three
// meetings, a month apart; each value reads on or off track against its target, in words and
// colour, and the trend chart (with its table) grows by one point per meeting. A tab that then
// opens only the Playbook page (which reads the entries, not the scores) exports all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, finishMeeting, meetingOfAdaAndBen, APP_URL, APP_READY, PHONE, axeViolations, addSlaCommitment, addSharedGoal, exportWorkspace } from './support.mjs';

const browser = useBrowser();

async function writeMeasures(page) {
  await page.goto(APP_URL + '#/playbook');
  await addSlaCommitment(page, 'hours');
  await addSharedGoal(page);
  await allSaved(page);
}

/** Starts the meeting at `url`, moves to the progress segment and records the two values. */
async function score(page, url, sla, rate) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.getByRole('button', { name: 'Next segment' }).click();
  const card = page.getByRole('region', { name: 'Scorecard' });
  await card.getByRole('article', { name: 'Sales: Follow up every MQL' }).getByLabel('Actual this period').fill(sla);
  await card.getByRole('article', { name: 'MQL to SQL rate' }).getByLabel('Actual this period').fill(rate);
  await allSaved(page);
  return card;
}

async function newMeeting(page) {
  await page.goto(APP_URL + '#/meeting');
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  return page.url();
}

test('scorecard values over three meetings show on or off track and a trend', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: new Date('2030-01-31T09:00:00Z') });
  await meetingOfAdaAndBen(page);
  const first = page.url();
  await writeMeasures(page);

  let card = await score(page, first, '30', '18');
  const sla = card.getByRole('article', { name: 'Sales: Follow up every MQL' });
  const rate = card.getByRole('article', { name: 'MQL to SQL rate' });
  await sla.locator('.pb-off-track', { hasText: 'off track' }).waitFor();
  await rate.locator('.pb-off-track', { hasText: 'off track' }).waitFor();
  // Typing a value that is not a number says so and keeps the last good one.
  await rate.getByLabel('Actual this period').fill('18%');
  await rate.getByText('Enter a number, like 120 or 12.5.').waitFor();
  await rate.getByLabel('Actual this period').fill('18');
  await finishMeeting(page);
  // The minutes carry the scorecard.
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('### Scorecard'));
  const minutes = await page.locator('#minutes-text').inputValue();
  assert.match(minutes, /\| Sales: Follow up every MQL \| 30 hours \| at most 24 hours \| off track \|/);
  assert.match(minutes, /\| MQL to SQL rate \| 18 % \| at least 20 % \| off track \|/);

  await page.clock.setSystemTime(new Date('2030-02-28T09:00:00Z'));
  card = await score(page, await newMeeting(page), '20', '22');
  await card.getByRole('article', { name: 'Sales: Follow up every MQL' }).locator('.pb-on-track', { hasText: 'on track' }).waitFor();
  await finishMeeting(page);

  await page.clock.setSystemTime(new Date('2030-03-31T09:00:00Z'));
  card = await score(page, await newMeeting(page), '18', '19.5');
  const rateNow = card.getByRole('article', { name: 'MQL to SQL rate' });
  await rateNow.locator('.pb-off-track').waitFor();
  assert.equal(await rateNow.locator('svg circle').count(), 3);
  assert.equal(await rateNow.locator('svg circle.pb-dot-off').count(), 2);
  assert.match(await rateNow.locator('svg').getAttribute('aria-label'), /Trend of 3 values, the latest 19\.5 %/);
  await rateNow.getByText('Values as a table').click();
  const rows = await rateNow.locator('.pb-trend-table tbody tr').allInnerTexts();
  assert.deepEqual(rows.map((r) => r.replace(/\s+/g, ' ').trim()), [
    '2030-01-31 18 % off track',
    '2030-02-28 22 % on track',
    '2030-03-31 19.5 % off track',
  ]);
  const slaNow = card.getByRole('article', { name: 'Sales: Follow up every MQL' });
  assert.equal(await slaNow.locator('svg circle.pb-dot-on').count(), 2);
  await screenshot(page, 'playbook-scorecard');
  assert.deepEqual(await axeViolations(page), [], 'the scorecard passes axe');
  await page.setViewportSize(PHONE);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-scorecard-phone', { fullPage: false });

  // A new tab on the Playbook page reads its entries only; the export still holds every score.
  await page.goto(APP_URL + '#/playbook');
  await page.reload();
  await page.locator(APP_READY).waitFor();
  await page.getByRole('heading', { name: 'Sales: Follow up every MQL' }).waitFor();
  const file = JSON.parse(await exportWorkspace(page));
  assert.equal(file.readings.length, 6, 'two values in each of three meetings');
  assertNoErrors(errors);
  await context.close();
});
