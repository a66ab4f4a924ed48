// Journey: a meeting after years of open work still opens at once. Its review lists the first
// 20 carried-over action items and problems in progress, with how many there are and "Show 20
// more"; the progress segment's running order does the same. Axe on the review, and no sideways
// scrolling on a phone. (The five-year workspace, 2,629 items still open from earlier meetings,
// took the live screen 5.5 to 6.8 s to open before.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, importFile, usePhone, overflow, axeViolations, APP_URL,
  workspaceWithLongLog, nextSegment,
} from './support.mjs';

const browser = useBrowser();

test('a meeting reviews years of open work a page at a time', async () => {
  const workspace = workspaceWithLongLog();
  const { context, page, errors } = await openApp(browser(), { hash: '#/exchange' });
  await importFile(page, 'long-log.json', workspace.text);
  await page.goto(APP_URL + `#/meeting/${workspace.toRun}`);
  await page.locator('.clock-panel').waitFor();

  // The review: the last meeting's items, 20 of them, then 20 more on request.
  const loop = page.locator('section.oc-loop');
  await loop.waitFor();
  const fromLast = loop.locator('h4', { hasText: 'Action items from the last meeting' });
  const carried = Number((await fromLast.innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(carried > 120, `${carried} items from the last meeting`);
  const firstList = loop.locator('ul.oc-loop-list').first();
  const firstMore = loop.locator('.more-rows').first();
  assert.equal(await firstList.locator('> li').count(), 20);
  assert.equal(await firstMore.locator('p').innerText(), `Showing 20 of ${carried} action items.`);
  await firstMore.getByRole('button', { name: 'Show 20 more' }).click();
  await firstList.locator('> li').nth(39).waitFor();
  assert.equal(await firstList.locator('> li').count(), 40);

  // The problems in progress, a page at a time too.
  const inProgress = loop.locator('h4', { hasText: 'Problems in progress' });
  await inProgress.waitFor();
  const problemsMore = loop.locator('.more-rows', { hasText: 'problems' });
  assert.match(await problemsMore.locator('p').innerText(), /^Showing 20 of \d+ problems\.$/);
  assert.deepEqual(await axeViolations(page), []);

  // The progress segment's running order: 20 slots of 2 minutes, and the rest on request.
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await nextSegment(page, 2);
  const slots = page.locator('.oc-slots > li');
  await slots.first().waitFor();
  assert.equal(await slots.count(), 20);
  const slotsMore = page.locator('.oc-slots + .more-rows');
  assert.match(await slotsMore.locator('p').innerText(), /^Showing 20 of \d+ action items\.$/);

  await usePhone(page);
  const wider = await overflow(page);
  assert.ok(wider <= 0, `page is ${wider}px wider than the phone`);
  await slotsMore.scrollIntoViewIfNeeded();
  await screenshot(page, 'progress-slots-a-page-at-a-time-phone', { fullPage: false });
  await slotsMore.getByRole('button', { name: 'Show all action items' }).click();
  await slots.nth(carried - 1).waitFor();
  assert.equal(await slotsMore.count(), 0);

  assertNoErrors(errors);
  await context.close();
});
