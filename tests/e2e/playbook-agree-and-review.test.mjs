// Journey: definitions and an SLA commitment are written as drafts, agreed in a meeting (which
// records who agreed them when and logs the decision); editing an agreed entry makes a new
// draft with the change shown; a quarter later both are due, listed in the next meeting's
// review, where one is kept as agreed and the changed one agreed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, finishMeeting, meetingOfAdaAndBen, APP_URL, PHONE, axeViolations, playbookCard, addSlaCommitment } from './support.mjs';

const browser = useBrowser();

async function writeDefinitionAndSla(page) {
  await page.goto(APP_URL + '#/playbook');
  await playbookCard(page, 'Ideal customer profile').getByLabel('Text').fill('Software firms of 50 to 500 people in Europe.');
  const sla = await addSlaCommitment(page, 'business hours');
  await sla.getByRole('heading', { name: 'Sales: Follow up every MQL' }).waitFor();
  await allSaved(page);
}

test('agree entries in a meeting, change one, and see them due a quarter later', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: new Date('2030-01-08T09:00:00Z') });
  await meetingOfAdaAndBen(page);
  const firstMeeting = page.url();
  await writeDefinitionAndSla(page);

  await page.goto(firstMeeting);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  const panel = page.getByRole('region', { name: 'Playbook to agree and review' });
  await panel.getByRole('button', { name: 'Agree: Ideal customer profile' }).click();
  await panel.getByRole('button', { name: 'Agree: Sales: Follow up every MQL' }).click();
  await panel.getByText('Nothing waits').waitFor();
  const agreedHere = await panel.locator('.pb-agreed-here').innerText();
  assert.match(agreedHere, /Agreed: Ideal customer profile \(version 1\)/);
  assert.match(agreedHere, /Agreed: Sales: Follow up every MQL \(version 1\)/);
  // Another decision, taken in the action segment.
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next segment' }).click();
  const decisions = page.getByRole('region', { name: 'Decisions in this meeting' });
  await decisions.locator('#pb-decision-what').fill('Review the SLA every quarter');
  await decisions.locator('#pb-decision-why').fill('Things change');
  await decisions.getByRole('button', { name: 'Log decision' }).click();
  await decisions.locator('li', { hasText: 'Review the SLA every quarter' }).waitFor();
  await finishMeeting(page);
  // The minutes say what the meeting agreed.
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('## Playbook'));
  const minutes = await page.locator('#minutes-text').inputValue();
  assert.match(minutes, /## Playbook\n\n### Entries agreed or changed\n\n- Agreed: Ideal customer profile \(version 1\)\n- Agreed: Sales: Follow up every MQL \(version 1\)\n\n### Decisions\n\n- Review the SLA every quarter \(why: Things change\)\n/);
  await allSaved(page);

  await page.goto(APP_URL + '#/playbook');
  const icp = playbookCard(page, 'Ideal customer profile');
  await icp.locator('.badge', { hasText: /^Agreed$/ }).waitFor();
  assert.match(await icp.locator('.pb-standing').innerText(),
    /^Agreed on 2030-01-08 in Weekly smarketing, 30 min \(2030-01-08\) by Ada, Ben \(version 1\)\. Review due 2030-04-08\.$/);
  // Editing an agreed entry makes a new draft; the agreed version stays in force.
  await icp.getByLabel('Text').fill('Software firms of 50 to 1,000 people in Europe.');
  await icp.locator('.badge', { hasText: 'Agreed, changed draft' }).waitFor();
  const changes = icp.getByRole('region', { name: 'Changes since the agreed version' });
  assert.match(await changes.innerText(), /1 line added, 1 removed/);
  assert.equal(await changes.locator('del').innerText(), 'Software firms of 50 to 500 people in Europe.');
  assert.equal(await changes.locator('ins').innerText(), 'Software firms of 50 to 1,000 people in Europe.');
  await icp.getByText('Version history (2)').click();
  assert.match(await icp.locator('.pb-versions').innerText(), /Version 2 \(draft\)[\s\S]*Version 1[\s\S]*Agreed on 2030-01-08/);
  const log = await page.locator('.pb-decisions').innerText();
  assert.match(log, /2030-01-08 Agreed: Ideal customer profile \(version 1\) in Weekly smarketing/);
  assert.match(log, /2030-01-08 Review the SLA every quarter in Weekly smarketing, 30 min \(2030-01-08\); why: Things change/);
  await allSaved(page);
  await screenshot(page, 'playbook-changed-draft');

  // A quarter later both are due for review.
  await page.clock.setSystemTime(new Date('2030-04-10T09:00:00Z'));
  await page.reload();
  const due = page.getByRole('region', { name: 'Due for review' });
  await due.waitFor();
  assert.match(await due.innerText(), /Sales: Follow up every MQL \(since 2030-04-08\)/);
  await playbookCard(page, 'Sales: Follow up every MQL').locator('.badge', { hasText: 'Due for review' }).waitFor();

  // The next meeting's review lists them.
  await page.goto(APP_URL + '#/meeting');
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  const review = page.getByRole('region', { name: 'Playbook to agree and review' });
  const items = review.locator('.pb-agree-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 2);
  assert.match(await items.filter({ hasText: 'Sales: Follow up every MQL' }).innerText(), /Due for review since 2030-04-08/);
  const changed = items.filter({ hasText: 'Ideal customer profile' });
  assert.match(await changed.innerText(), /Changed since agreed, due for review since 2030-04-08/);
  assert.equal(await changed.locator('ins').innerText(), 'Software firms of 50 to 1,000 people in Europe.');
  await screenshot(page, 'playbook-review-in-meeting');
  assert.deepEqual(await axeViolations(page), [], 'the review panel passes axe');
  await page.setViewportSize(PHONE);
  await review.scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-review-in-meeting-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
  await review.getByRole('button', { name: 'Keep as agreed: Sales: Follow up every MQL' }).click();
  await review.getByRole('button', { name: 'Agree: Ideal customer profile' }).click();
  await review.getByText('Nothing waits').waitFor();
  const now = await review.locator('.pb-agreed-here').innerText();
  assert.match(now, /Reviewed and kept: Sales: Follow up every MQL \(version 1\)/);
  assert.match(now, /Changed: Ideal customer profile \(version 2\)/);
  await allSaved(page);

  await page.goto(APP_URL + '#/playbook');
  await playbookCard(page, 'Ideal customer profile').locator('.badge', { hasText: /^Agreed$/ }).waitFor();
  assert.match(await playbookCard(page, 'Sales: Follow up every MQL').locator('.pb-standing').innerText(),
    /^Reaffirmed on 2030-04-10 .*\. Review due 2030-07-10\.$/);
  assert.equal(await page.getByRole('region', { name: 'Due for review' }).count(), 0);
  assertNoErrors(errors);
  await context.close();
});
