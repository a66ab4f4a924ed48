// Journey: in the first meeting's go-round, marking someone "raised a problem" offers to log it
// with them as raiser; an empty title is refused inline; a title typed like an HTML injection
// stays text; the brainstorm adds ideas with Enter and one is chosen; a reload keeps it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, selectedText, assertNoImages,
  assertNoAxeViolationsIn, nextSegment, problemCard, startFirstMeeting, OUTCOMES,
} from './support.mjs';

const { XSS, LEADS } = OUTCOMES;

const browser = useBrowser();

test('problems raised in the go-round are logged, brainstormed and kept', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  await startFirstMeeting(page);
  // The review of the very first meeting has nothing carried over.
  await page.getByText('Nothing carried over').waitFor();
  await nextSegment(page, 2);
  await nextSegment(page, 3);

  // The go-round: marking Ada "raised a problem" offers to log it with her as raiser.
  await page.getByRole('button', { name: 'Raised a problem (Ada)' }).click();
  await page.getByRole('button', { name: 'Log problem raised by Ada' }).click();
  const title = page.locator('#raise-problem-title');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'raise-problem-title');
  const raise = page.locator('.oc-raise form').first();
  assert.equal(await selectedText(raise.getByLabel('Raised by')), 'Ada');

  // An empty title is refused inline.
  await title.press('Enter');
  await page.getByText('Give the problem a title.').waitFor();
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  const describedBy = await title.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy}`).innerText(), /Give the problem a title/);

  await title.fill(XSS);
  await title.press('Enter');
  const xssCard = problemCard(page, XSS);
  await xssCard.waitFor();
  assert.equal(await xssCard.locator('.oc-problem-title').innerText(), XSS);
  assert.equal(await title.getAttribute('aria-invalid'), 'false');
  await assertNoImages(page);

  // Brainstorm: Enter adds the idea and leaves the box ready for the next one.
  const idea = xssCard.getByLabel('New idea');
  await idea.fill('Call within a day');
  await idea.press('Enter');
  await idea.fill('Nurture e-mails');
  await idea.press('Enter');
  assert.equal(await idea.inputValue(), '');
  await xssCard.getByRole('checkbox', { name: 'Call within a day' }).check();
  await xssCard.getByText('2 ideas, 1 chosen').waitFor();

  // Cy raises the second, bigger problem.
  await page.getByRole('button', { name: 'Nothing new (Ben)' }).click();
  await page.getByRole('button', { name: 'Raised a problem (Cy)' }).click();
  await page.getByRole('button', { name: 'Log problem raised by Cy' }).click();
  assert.equal(await selectedText(raise.getByLabel('Raised by')), 'Cy');
  await title.fill(LEADS);
  await raise.getByLabel('Impact').selectOption('5');
  await title.press('Enter');
  const leadsCard = problemCard(page, LEADS);
  await leadsCard.waitFor();
  await leadsCard.getByLabel('New idea').fill('Webinar follow-up kit');
  await leadsCard.getByLabel('New idea').press('Enter');
  await leadsCard.getByRole('checkbox', { name: 'Webinar follow-up kit' }).check();
  await page.getByRole('button', { name: 'Nothing new (Dee)' }).click();
  await page.locator('.go-round-next', { hasText: 'Everyone has been asked.' }).waitFor();
  await page.getByRole('button', { name: 'Log another raised by Ada' }).waitFor();
  await assertNoAxeViolationsIn(page, '.oc-raise');
  await screenshot(page, 'outcomes-raise-desktop');

  // Reload: the problems and their brainstorm are kept.
  await allSaved(page);
  await page.reload();
  await page.locator('.go-round-next', { hasText: 'Everyone has been asked.' }).waitFor();
  await xssCard.waitFor();
  assert.equal(await xssCard.getByRole('checkbox', { name: 'Call within a day' }).isChecked(), true);
  assert.equal(await xssCard.getByRole('checkbox', { name: 'Nurture e-mails' }).isChecked(), false);
  assert.equal(await leadsCard.getByRole('checkbox', { name: 'Webinar follow-up kit' }).isChecked(), true);

  await assertNoImages(page);
  assertNoErrors(errors);
  await context.close();
});
