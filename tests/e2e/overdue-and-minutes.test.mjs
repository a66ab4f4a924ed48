// Journey: work that is late, and minutes people can rely on. An action item past its due date
// is marked "overdue" in words in the minutes, on the problem log's action list and in the next
// meeting's review; the minutes list the go-round and who left without an item, and there is
// one e-mail link for the attendees and one for those who missed it, an executive included.
// Time moves with page.clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, finishMeeting } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

async function newMeeting(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meeting', exact: true }).click();
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
}

async function addItem(page, what, due) {
  await page.locator('#new-action-what').fill(what);
  await page.locator('#new-action-owner').selectOption({ label: 'Ada' });
  await page.locator('#new-action-due').fill(due);
  await page.locator('#new-action-what').press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${what}` }).waitFor();
}

test('overdue items are marked in words; the minutes have the go-round, who has no item, and two e-mail links', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await page.getByText('Add several people at once').click();
  await page.getByLabel('One person a line').fill('Ada, ada@example.com\nBen, marketing\nEve, exec, eve@example.com');
  await page.getByRole('button', { name: 'Add 3 people' }).click();
  await allSaved(page);

  await newMeeting(page);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  for (let segment = 2; segment <= 4; segment++) {
    await page.clock.fastForward('01:00');
    await page.keyboard.press('n');
    if (segment === 3) {
      await page.getByRole('button', { name: 'Raised a problem (Ada)' }).click();
      await page.getByRole('button', { name: 'Nothing new (Ben)' }).click();
    }
  }
  await page.locator('.segment-position', { hasText: 'Segment 4 of 4' }).waitFor();
  // Due last Friday, so already late; and one due in three weeks.
  await addItem(page, 'Send the deck', '2026-11-27');
  await addItem(page, 'Book the venue', '2026-12-21');
  await page.clock.fastForward('01:00');
  await finishMeeting(page);
  await page.clock.runFor(1000);
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('## Action items'));
  const minutes = await page.locator('#minutes-text').inputValue();
  assert.ok(minutes.includes('- Send the deck (due 2026-11-27; overdue)'), minutes);
  assert.ok(minutes.includes('- Book the venue (due 2026-12-21)'), minutes);
  assert.ok(minutes.includes('## Go-round\n\n- **Raised a problem:** Ada\n- **Nothing new:** Ben'), minutes);
  assert.ok(minutes.includes('**Left without an action item:** Ben'), minutes);
  // The meeting page and the minutes give the same start time.
  const started = (await page.getByTestId('meeting-start').innerText()).replace(/^Started /, '');
  assert.ok(minutes.includes(`- **Date:** ${started}`), `${started}\n${minutes}`);
  const attendees = page.getByRole('link', { name: 'Email the attendees (Ada)' });
  assert.match(await attendees.getAttribute('href'), /^mailto:ada@example\.com\?subject=Minutes/);
  const missed = page.getByRole('link', { name: 'Email those who missed it (Eve)' });
  assert.match(await missed.getAttribute('href'), /^mailto:eve@example\.com\?subject=Minutes/);
  // Outcomes of the closed meeting: the late item says so.
  const late = page.locator('.oc-outcomes li', { hasText: 'Send the deck' });
  assert.match(await late.innerText(), /overdue/);
  assert.doesNotMatch(await page.locator('.oc-outcomes li', { hasText: 'Book the venue' }).innerText(), /overdue/);
  await allSaved(page);

  // The problem log is in the main navigation; its action list marks the late item.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Problems' }).click();
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  const listed = page.locator('.oc-loop-list li', { hasText: 'Send the deck' });
  assert.match(await listed.locator('.badge-overdue').innerText(), /^overdue$/);
  assert.equal(await page.locator('.oc-loop-list li', { hasText: 'Book the venue' }).locator('.badge-overdue').count(), 0);
  await screenshot(page, 'problem-log-overdue');

  // A week later, the review says it too.
  await page.clock.fastForward(7 * 24 * 3600 * 1000);
  await newMeeting(page);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const review = page.locator('.oc-loop');
  await review.getByText('Send the deck', { exact: true }).waitFor();
  assert.equal(await review.locator('.oc-progress', { hasText: 'Send the deck' }).locator('.badge-overdue').count(), 1);
  assert.equal(await review.locator('.oc-progress', { hasText: 'Book the venue' }).locator('.badge-overdue').count(), 0);
  await screenshot(page, 'review-overdue', { fullPage: false });
  assertNoErrors(errors);
  await context.close();
});
