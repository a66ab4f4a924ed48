// Journey: a meeting after years of open work still opens at once. Its review lists the first
// 20 carried-over action items and problems in progress, with how many there are and "Show 20
// more"; the progress segment's running order does the same (marking the slots past the
// segment's time), and the minutes list 20 of the
// older items and count the rest. Axe on the review, and no sideways scrolling on a phone. (The five-year workspace, 2,629 items still open from earlier meetings,
// took the live screen 5.5 to 6.8 s to open before.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, importFile, usePhone, overflow, axeViolations, APP_URL,
  workspaceWithLongLog, nextSegment, finishMeeting,
} from './support.mjs';

const browser = useBrowser();

test('a meeting reviews years of open work a page at a time', async () => {
  const workspace = workspaceWithLongLog();
  const { context, page, errors } = await openApp(browser(), { hash: '#/exchange' });
  await importFile(page, 'long-log.json', workspace.text);
  await page.goto(APP_URL + `#/meeting/${workspace.toRun}`);
  await page.locator('.clock-panel').waitFor();

  // The review: the items still open from earlier meetings, 20 of them, then 20 more.
  const loop = page.locator('section.oc-loop');
  await loop.waitFor();
  const fromEarlier = loop.locator('h4', { hasText: 'Still open from earlier meetings' });
  const earlier = Number((await fromEarlier.innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(earlier > 120, `${earlier} items from earlier meetings`);
  const earlierList = loop.locator('ul.oc-loop-list').nth(1);
  const earlierMore = loop.locator('.more-rows', { hasText: 'action items' });
  assert.equal(await earlierList.locator('> li').count(), 20);
  assert.equal(await earlierMore.locator('p').innerText(), `Showing 20 of ${earlier} action items.`);
  await earlierMore.getByRole('button', { name: 'Show 20 more' }).click();
  await earlierList.locator('> li').nth(39).waitFor();
  assert.equal(await earlierList.locator('> li').count(), 40);

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
  // The segment's 10 minutes hold five 2-minute slots: the sixth and later say they run past it.
  assert.doesNotMatch(await slots.nth(4).innerText(), /past the segment/);
  assert.match(await slots.nth(4).innerText(), /^8:00–10:00 · /);
  assert.match(await slots.nth(5).innerText(), /^10:00–12:00 · .+ presents · past the segment's time/);
  const slotsMore = page.locator('.oc-slots + .more-rows');
  assert.match(await slotsMore.locator('p').innerText(), /^Showing 20 of \d+ action items\.$/);

  await usePhone(page);
  const wider = await overflow(page);
  assert.ok(wider <= 0, `page is ${wider}px wider than the phone`);
  await slotsMore.scrollIntoViewIfNeeded();
  await screenshot(page, 'progress-slots-a-page-at-a-time-phone', { fullPage: false });
  await slotsMore.getByRole('button', { name: 'Show all action items' }).click();
  await slots.nth(earlier - 1).waitFor();
  assert.equal(await slotsMore.count(), 0);

  // The minutes list 20 of the older items and count the rest.
  await finishMeeting(page);
  const minutes = page.locator('#minutes-text');
  await minutes.waitFor();
  const markdown = await minutes.inputValue();
  assert.ok(
    markdown.includes(`- …and ${earlier - 20} more still open from earlier meetings, listed on the Problems page\n`),
    markdown.slice(0, 3000),
  );
  // The fixture's own older item (due first) and 19 of the follow-ups.
  assert.match(markdown, /^- Pair with sales on marketing-qualified leads are not qualified \(/m);
  assert.equal(markdown.match(/^- Follow-up \d+ \(/gm)?.length, 19, 'twenty older items are listed');

  assertNoErrors(errors);
  await context.close();
});
