// Journey: the next meeting's review carries the last meeting's action items and problems in
// progress (the last note-taker presents); one is marked done, another gets a progress note;
// the progress segment gives each open carried item a 2-minute slot ahead of typed
// deliverables; a reload mid-meeting keeps the status and the note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, assertNoImages,
  assertNoAxeViolationsIn, nextSegment, waitForSegment, holdFirstMeeting, startSecondMeeting, OUTCOMES,
} from './support.mjs';

const { XSS, LEADS, CALL, NURTURE, PRICING } = OUTCOMES;

const browser = useBrowser();

test('action items and problems carry over into the next meeting', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  const { firstAt } = await holdFirstMeeting(page);
  await startSecondMeeting(page, firstAt);

  // The review: Ben (last note-taker) presents; the first meeting's items and problems are here.
  await page.getByText('took the notes at').waitFor();
  const loop = page.locator('.oc-loop');
  await loop.getByRole('heading', { name: /Action items from the last meeting/ }).waitFor();
  for (const item of [CALL, NURTURE, PRICING]) await loop.getByText(item, { exact: true }).waitFor();
  await loop.getByRole('heading', { name: 'Problems in progress' }).waitFor();
  await loop.getByText(LEADS, { exact: true }).waitFor();
  await loop.getByText(XSS, { exact: true }).waitFor();
  await assertNoImages(page);

  // Mark one done and note progress on another.
  await page.getByLabel(`Status of “${PRICING}”`).selectOption('done');
  await loop.getByRole('heading', { name: /Done or dropped since the last meeting/ }).waitFor();
  await page.getByLabel(`Progress note on “${CALL}”`).fill('Half the list called');
  await assertNoAxeViolationsIn(page, '.oc-loop');
  await screenshot(page, 'outcomes-review-desktop');

  // Progress: the open carried items get 2-minute slots ahead of typed deliverables.
  await nextSegment(page, 2);
  const slots = page.locator('.oc-slots > li');
  assert.equal(await slots.count(), 2);
  assert.match(await slots.nth(0).innerText(), /0:00–2:00 · Ada presents[\s\S]*Call every webinar lead within a day/);
  assert.match(await slots.nth(1).innerText(), /2:00–4:00 · Cy presents[\s\S]*Nurture e-mail sequence/);
  assert.equal(await page.locator('.oc-slots').getByText(PRICING).count(), 0, 'a done item has no slot');
  await page.locator('.segment-panel', { hasText: '2 deliverables × 2:00, 6:00 for questions' }).waitFor();
  await page.getByLabel('Deliverable', { exact: true }).fill('Pricing page test');
  await page.getByLabel('Deliverable', { exact: true }).press('Enter');
  await page.locator('.segment-panel', { hasText: '3 deliverables × 2:00, 4:00 for questions' }).waitFor();
  await screenshot(page, 'outcomes-progress-desktop');

  // Reload mid-meeting: the status and the note are kept.
  await allSaved(page);
  await page.reload();
  await waitForSegment(page, 2);
  assert.equal(await page.getByLabel(`Progress note on “${CALL}”`).inputValue(), 'Half the list called');
  assert.equal(await page.locator('.oc-slots > li').count(), 2);

  assertNoErrors(errors);
  await context.close();
});
