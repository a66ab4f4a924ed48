// Journey: on the problem log a problem raised between meetings is logged (an empty title
// refused inline), its title and details edited in place (an empty title refused, the stored
// one kept), and deleted after a question whose "Keep" hands focus back; each survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, assertNoImages,
  startFirstMeeting, goRoundOfFirstMeeting, OUTCOMES,
} from './support.mjs';

const { XSS, LEADS } = OUTCOMES;

const browser = useBrowser();

test('problems are logged, edited and deleted on the problem log', async () => {
  const { context, page, errors } = await openApp(browser(), { failOnDialogs: true });
  await startFirstMeeting(page);
  await goRoundOfFirstMeeting(page);
  await allSaved(page);

  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('link', { name: 'Problem log and action items' }).click();
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  const titles = () => page.locator('.oc-page .oc-problem-title').allInnerTexts();
  await page.locator('#problem-filter').selectOption('all');

  // Logging from the page: errors inline, then a problem raised between meetings.
  const newTitle = page.locator('#new-problem-title');
  await page.getByRole('button', { name: 'Log problem' }).click();
  assert.equal(await newTitle.getAttribute('aria-invalid'), 'true');
  await newTitle.fill('Trial sign-ups drop on mobile');
  await page.locator('.oc-log-form').getByLabel('Raised by').selectOption({ label: 'Eve' });
  await page.locator('.oc-log-form').getByLabel('Impact').selectOption('4');
  await page.getByRole('button', { name: 'Log problem' }).click();
  assert.deepEqual(await titles(), [LEADS, 'Trial sign-ups drop on mobile', XSS]);
  assert.match(await page.locator('.oc-problem', { hasText: 'Trial sign-ups' }).innerText(), /Raised by Eve · logged/);

  // Editing a title in place; an empty one is refused and the stored title stays.
  const trial = page.locator('.oc-problem', { hasText: 'Trial sign-ups' });
  await trial.getByRole('button', { name: /Edit title and details/ }).click();
  await trial.getByLabel('Title', { exact: true }).fill('');
  await trial.getByText('Give the problem a title.').waitFor();
  assert.equal(await trial.getByLabel('Title', { exact: true }).getAttribute('aria-invalid'), 'true');
  await trial.getByLabel('Title', { exact: true }).fill('Trial sign-ups drop on phones');
  await trial.getByLabel('Details').fill('Since the new pricing page.');
  await trial.getByRole('button', { name: /Close editor/ }).click();
  await trial.getByText('Since the new pricing page.').waitFor();
  assert.deepEqual(await titles(), [LEADS, 'Trial sign-ups drop on phones', XSS]);

  // Reload: everything on the log survives.
  await allSaved(page);
  await page.reload();
  await page.locator('#problem-filter').selectOption('all');
  assert.deepEqual(await titles(), [LEADS, 'Trial sign-ups drop on phones', XSS]);

  // Deleting asks first; "Keep" hands focus back to the button, and the question takes it.
  const phones = page.locator('.oc-problem', { hasText: 'Trial sign-ups drop on phones' });
  await phones.getByRole('button', { name: /Edit title and details/ }).click();
  await phones.getByRole('button', { name: 'Delete problem' }).click();
  const confirmDelete = phones.getByRole('group', { name: 'Confirm delete' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Keep');
  await confirmDelete.getByRole('button', { name: 'Keep' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Delete problem');
  await phones.getByRole('button', { name: 'Delete problem' }).click();
  await confirmDelete.getByRole('button', { name: 'Delete' }).click();
  assert.deepEqual(await titles(), [LEADS, XSS]);
  await allSaved(page);
  await page.reload();
  await page.locator('#problem-filter').selectOption('all');
  assert.deepEqual(await titles(), [LEADS, XSS]);

  await assertNoImages(page);
  assertNoErrors(errors);
  await context.close();
});
