// Journey: in the action segment, the form offers the next attendee without an item and a due
// date a week after the meeting; an empty item is refused inline; when one attendee is left
// without an item the panel names them and offers to pair them with an existing item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, selectedText,
  assertNoAxeViolationsIn, nextSegment, startFirstMeeting, goRoundOfFirstMeeting, OUTCOMES,
} from './support.mjs';

const { LEADS, CALL, NURTURE, PRICING } = OUTCOMES;

const browser = useBrowser();

test('every attendee leaves with an action item, paired if need be', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  const { firstAt } = await startFirstMeeting(page);
  await goRoundOfFirstMeeting(page);

  await nextSegment(page, 4);
  await page.getByRole('heading', { name: 'Action items', exact: true }).waitFor();
  await page.getByText('4 attendees have no action item yet.').waitFor();
  const what = page.locator('#new-action-what');
  const owner = page.locator('#new-action-owner');
  // Due by default a week after this meeting (no later meeting is planned yet).
  const due = await page.locator('#new-action-due').inputValue();
  const weekLater = await page.evaluate((at) => {
    const d = new Date(at);
    d.setDate(d.getDate() + 7);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, firstAt);
  assert.equal(due, weekLater);

  await what.press('Enter');
  await page.getByText('Say what will be done.').waitFor();
  assert.equal(await what.getAttribute('aria-invalid'), 'true');

  assert.equal(await selectedText(owner), 'Ada', 'the form offers the first attendee without an item');
  await what.fill(CALL);
  await page.locator('#new-action-problem').selectOption({ label: LEADS });
  await what.press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${CALL}` }).waitFor();
  assert.equal(await what.getAttribute('aria-invalid'), 'false');
  assert.equal(await selectedText(owner), 'Cy');
  await what.fill(NURTURE);
  await what.press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${NURTURE}` }).waitFor();
  await owner.selectOption({ label: 'Ben' });
  await what.fill(PRICING);
  await what.press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${PRICING}` }).waitFor();

  // Everyone but Dee has one: the warning names her and offers to pair her.
  await page.getByText('1 attendee has no action item yet.').waitFor();
  await page.getByText('Dee has no action item', { exact: true }).waitFor();
  const pair = page.getByRole('button', { name: `Pair Dee with “${CALL}”` });
  await pair.waitFor();
  await page.getByRole('button', { name: 'Give Dee an item' }).waitFor();
  await assertNoAxeViolationsIn(page, '.oc-actions-panel');
  await screenshot(page, 'outcomes-actions-desktop');
  await pair.click();
  await page.getByText('Everyone leaves with an action item.').waitFor();
  const callItem = page.getByRole('listitem', { name: `Action item: ${CALL}` });
  assert.equal(await callItem.getByRole('checkbox', { name: 'Dee' }).isChecked(), true);
  await allSaved(page);

  assertNoErrors(errors);
  await context.close();
});
