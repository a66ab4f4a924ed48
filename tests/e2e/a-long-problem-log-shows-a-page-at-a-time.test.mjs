// Journey: years of meetings leave a long problem log, and the Problems page still opens at
// once: it shows the 20 biggest problems and the 50 soonest action items, says how many there
// are, and shows more on request. A new filter starts again from one page. Axe on the page and
// no sideways scrolling on a phone. (The five-year workspace, 391 open problems and 2,644 action
// items still to do, took 9 to 11 s to open before; scripts/bench.sh reports the figure now.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, importFile, usePhone, overflow, axeViolations, APP_URL,
  workspaceWithLongLog,
} from './support.mjs';

const browser = useBrowser();

test('a long problem log shows a page at a time, and more on request', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/exchange' });
  await importFile(page, 'long-log.json', workspaceWithLongLog().text);
  await page.goto(APP_URL + '#/problems');

  const cards = page.locator('.oc-problems > .oc-problem');
  const problemsMore = page.locator('section[aria-labelledby="problems-title"] .more-rows');
  const problemCount = page.locator('section[aria-labelledby="problems-title"] .oc-count');
  await problemCount.filter({ hasText: /^\d+ problems$/ }).waitFor();
  const activeProblems = Number((await problemCount.innerText()).split(' ')[0]);
  assert.ok(activeProblems > 45, `${activeProblems} active problems`);
  assert.equal(await cards.count(), 20);
  assert.equal(await problemsMore.locator('p').innerText(), `Showing 20 of ${activeProblems} problems.`);
  // Biggest impact first, so the page shown is the one that matters.
  const impacts = (await cards.locator('.oc-impact-badge').allInnerTexts()).map((text) => Number(text.split(' ')[1]));
  assert.equal(impacts[0], 5);
  assert.deepEqual(impacts, [...impacts].sort((a, b) => b - a), 'biggest impact first');

  await problemsMore.getByRole('button', { name: 'Show 20 more' }).click();
  await cards.nth(39).waitFor();
  assert.equal(await cards.count(), 40);
  await problemsMore.getByRole('button', { name: 'Show all problems' }).click();
  await cards.nth(activeProblems - 1).waitFor();
  assert.equal(await cards.count(), activeProblems);
  assert.equal(await problemsMore.count(), 0, 'nothing is left to show');

  // Another filter starts again from one page.
  await page.locator('#problem-filter').selectOption({ label: 'All' });
  await problemCount.filter({ hasText: `${activeProblems + 1} problems` }).waitFor();
  assert.equal(await cards.count(), 20);

  // The action items: 50 at a time.
  const rows = page.locator('.oc-loop-list > li');
  const actionsMore = page.locator('section[aria-labelledby="action-list-title"] .more-rows');
  const actionCount = Number((await page.locator('section[aria-labelledby="action-list-title"] .oc-count').innerText()).split(' ')[0]);
  assert.ok(actionCount > 120, `${actionCount} action items to do`);
  assert.equal(await rows.count(), 50);
  assert.equal(await actionsMore.locator('p').innerText(), `Showing 50 of ${actionCount} action items.`);
  await actionsMore.getByRole('button', { name: 'Show 50 more' }).click();
  await rows.nth(99).waitFor();
  assert.equal(await actionsMore.locator('p').innerText(), `Showing 100 of ${actionCount} action items.`);

  assert.deepEqual(await axeViolations(page), []);
  await actionsMore.scrollIntoViewIfNeeded();
  await screenshot(page, 'problem-log-more-rows-desktop', { fullPage: false });
  await usePhone(page);
  const wider = await overflow(page);
  assert.ok(wider <= 0, `page is ${wider}px wider than the phone`);
  await problemsMore.scrollIntoViewIfNeeded();
  await screenshot(page, 'problem-log-more-rows-phone', { fullPage: false });

  assertNoErrors(errors);
  await context.close();
});
