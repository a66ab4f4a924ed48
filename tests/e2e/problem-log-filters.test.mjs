// Journey: the problem log lists the workspace's problems biggest impact first, with who raised
// them where; its filter shows those being solved, active, dropped (a problem dropped from the
// log moves there) or all; action items across meetings show open ones by default, all or done
// on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, assertNoImages, assertNoAxeViolationsIn,
  holdFirstMeeting, startSecondMeeting, markPricingDone, OUTCOMES,
} from './support.mjs';

const { XSS, LEADS } = OUTCOMES;

const browser = useBrowser();

test('the problem log filters problems by status and action items by state', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  const { firstAt } = await holdFirstMeeting(page);
  await startSecondMeeting(page, firstAt);
  await markPricingDone(page);

  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('link', { name: 'Problem log and action items' }).click();
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Problems' }).getAttribute('aria-current'), 'page');
  const titles = () => page.locator('.oc-page .oc-problem-title').allInnerTexts();
  assert.deepEqual(await titles(), [LEADS, XSS], 'biggest impact first');
  await assertNoImages(page);
  assert.match(await page.locator('.oc-problem', { hasText: LEADS }).innerText(), /Raised by Cy · in “Weekly smarketing, 30 min”/);
  await page.locator('#problem-filter').selectOption('being_solved');
  assert.deepEqual(await titles(), [LEADS]);
  await page.locator('#problem-filter').selectOption('active');
  await page.getByLabel(`Status of ${XSS}`).selectOption('dropped');
  assert.deepEqual(await titles(), [LEADS]);
  await page.locator('#problem-filter').selectOption('dropped');
  assert.deepEqual(await titles(), [XSS]);
  await page.locator('#problem-filter').selectOption('all');

  // Action items across meetings: open ones by default, all on request.
  const actionRows = page.locator('#action-list-title ~ .oc-loop-list > li');
  assert.equal(await actionRows.count(), 2);
  await page.locator('#action-filter').selectOption('all');
  assert.equal(await actionRows.count(), 3);
  await page.locator('#action-filter').selectOption('done');
  assert.match(await actionRows.first().innerText(), /Draft the pricing one-pager[\s\S]*Done/);
  await assertNoAxeViolationsIn(page, '.oc-page');
  await screenshot(page, 'outcomes-log-desktop');

  assertNoErrors(errors);
  await context.close();
});
