// Journey: at 390 px the finished meeting, the progress segment, the action segment (an item
// added there) and the problem log all fit the phone's width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, assertNoImages, overflow, usePhone,
  nextSegment, waitForSegment, holdFirstMeeting, startSecondMeeting,
} from './support.mjs';

const browser = useBrowser();

test('the outcomes pages fit a phone', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  const { firstAt, firstUrl } = await holdFirstMeeting(page);
  const secondUrl = await startSecondMeeting(page, firstAt);
  await nextSegment(page, 2);
  await page.goto(firstUrl);
  await page.getByLabel('Note-taker: Ben — edit the minutes').waitFor();

  await usePhone(page);
  assert.ok((await overflow(page)) <= 0, 'finished meeting wider than the phone');
  await screenshot(page, 'outcomes-minutes-phone');
  await page.goto(secondUrl);
  await waitForSegment(page, 2);
  assert.ok((await overflow(page)) <= 0, 'progress segment wider than the phone');
  await screenshot(page, 'outcomes-progress-phone');
  await nextSegment(page, 3);
  await nextSegment(page, 4);
  await page.getByText('4 attendees have no action item yet.').waitFor();
  await page.locator('#new-action-what').fill('Test the sign-up form on three phones');
  await page.locator('#new-action-what').press('Enter');
  await page.getByRole('listitem', { name: 'Action item: Test the sign-up form on three phones' }).waitFor();
  assert.ok((await overflow(page)) <= 0, 'action items wider than the phone');
  await screenshot(page, 'outcomes-actions-phone');
  await page.goto(page.url().replace(/#.*$/, '#/problems'));
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  assert.ok((await overflow(page)) <= 0, 'problem log wider than the phone');
  await screenshot(page, 'outcomes-log-phone');

  await assertNoImages(page);
  assertNoErrors(errors);
  await context.close();
});
