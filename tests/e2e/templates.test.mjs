// Journey: agenda templates. Built-ins are shown as they are and only copied; a copy is
// renamed, retimed and reordered (by keyboard), bad values are refused in place and never
// saved, and the copy is deleted — all against the release bundle served from a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, PHONE, assertFitsPhone } from './support.mjs';

const WEEKLY_ID = '00000000-0000-0000-0000-000053410001';
const WEEKLY = 'Weekly smarketing, 30 min';
const WEEKLY_TITLES = [
  'Review the last meeting',
  'Progress on current problem-solving deliverables',
  'Discuss new problems',
  'Set new action items',
];
const BUILTINS = [
  WEEKLY, 'Problem-solving, 3 steps', 'Monthly extended', 'Daily stand-up',
  'Weekly review & retrospective', 'Quarterly evaluation', 'Content brainstorm',
];

const browser = useBrowser();

const rows = (page) => page.locator('.tpl-row');
const rowTitles = (page) =>
  page.locator('.tpl-row input.tpl-seg-title-input').evaluateAll((inputs) => inputs.map((i) => i.value));
const rowDurations = (page) =>
  page.locator('.tpl-row .tpl-duration input').evaluateAll((inputs) => inputs.map((i) => i.value));
const buttonNames = (scope) =>
  scope.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
const totalText = (page) => page.locator('.tpl-total-text').innerText();

/** Opens the editor's page again from storage and waits for its rows. */
async function reloadEditor(page) {
  await allSaved(page);
  await page.reload();
  await rows(page).first().waitFor();
}

test('built-ins are listed as they ship, with no way to change them', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/templates' });
  await page.getByRole('heading', { name: 'Agenda templates', level: 1 }).waitFor();
  const meetingsLink = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Meetings' });
  assert.equal(await meetingsLink.getAttribute('href'), '#/meeting');

  const builtins = page.getByRole('list', { name: 'Built-in templates' });
  assert.deepEqual(await builtins.locator('.tpl-card h3').allInnerTexts(), BUILTINS);

  const weekly = page.locator(`.tpl-card[data-template="${WEEKLY_ID}"]`);
  assert.deepEqual(await weekly.locator('.tpl-seg-title').allInnerTexts(), WEEKLY_TITLES);
  assert.deepEqual(await weekly.locator('.tpl-seg-duration').allInnerTexts(), ['5:00', '10:00', '10:00', '5:00']);
  assert.equal(await weekly.locator('.tpl-cap').innerText(), '30:00');
  assert.equal(await weekly.locator('.tpl-facts').innerText(), 'Cap 30:00 · 4 segments · fully planned');
  assert.match(await weekly.innerText(), /Open the floor: go round every person/);
  assert.equal(await weekly.locator('input, select, textarea').count(), 0);
  assert.deepEqual(await buttonNames(weekly), [`Copy ${WEEKLY}`]);
  assert.equal(await weekly.getByRole('link').count(), 0);
  assert.equal(await builtins.getByRole('button', { name: /^(Delete|Edit|Remove|Move)/ }).count(), 0);

  // Opened by its address, a built-in is still read-only.
  await page.goto(page.url().replace(/#.*$/, `#/templates/${WEEKLY_ID}`));
  await page.getByRole('heading', { name: WEEKLY, level: 1 }).waitFor();
  const main = page.locator('main');
  assert.equal(await main.locator('input, select, textarea').count(), 0);
  assert.deepEqual(await buttonNames(main), [`Copy and edit ${WEEKLY}`]);
  assert.match(await main.innerText(), /Built-in templates cannot be changed/);
  assert.equal(await totalText(page), 'Planned 30:00 of 30:00 · fully planned');
  await screenshot(page, 'template-builtin-desktop');
  assertNoErrors(errors);
  await context.close();
});

test('copy the weekly template, edit the copy, refuse bad values, reload, delete it', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/templates' });
  await page.getByText('No templates of your own yet').waitFor();
  await page.getByRole('button', { name: `Copy ${WEEKLY}` }).click();
  await page.getByRole('heading', { name: `Copy of ${WEEKLY}`, level: 1 }).waitFor();
  assert.match(page.url(), /#\/?templates\/[0-9a-f-]{36}$/);
  assert.ok(!page.url().endsWith(WEEKLY_ID), 'the copy has its own id');
  assert.deepEqual(await rowTitles(page), WEEKLY_TITLES);
  assert.deepEqual(await rowDurations(page), ['5:00', '10:00', '10:00', '5:00']);

  // Rename: the heading follows as the user types.
  await page.getByLabel('Template name').fill('Our weekly');
  await page.getByRole('heading', { name: 'Our weekly', level: 1 }).waitFor();

  // A valid duration is saved as typed and the running total follows.
  const review = rows(page).nth(0);
  await review.getByLabel('Duration').fill('2:30');
  assert.equal(await totalText(page), 'Planned 27:30 of 30:00 · 2:30 unplanned');
  assert.equal((await review.locator('.tpl-row-span').textContent()).replace(/\s+/g, ' '), 'Runs 0:00 – 2:30');

  // Move "Review the last meeting" down with the keyboard; focus stays on its button.
  const down = page.getByRole('button', { name: 'Move Review the last meeting down' });
  await down.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelectorAll('.tpl-row input.tpl-seg-title-input')[1]?.value === 'Review the last meeting',
  );
  assert.deepEqual(await rowTitles(page), [WEEKLY_TITLES[1], WEEKLY_TITLES[0], WEEKLY_TITLES[2], WEEKLY_TITLES[3]]);
  assert.deepEqual(await rowDurations(page), ['10:00', '2:30', '10:00', '5:00']);
  await page.waitForFunction(() => document.activeElement?.textContent?.includes('Move Review the last meeting down'));
  assert.equal(await page.getByRole('button', { name: 'Move Progress on current problem-solving deliverables up' }).isDisabled(), true);

  // Bad durations get their message next to the field and save nothing.
  const discuss = rows(page).nth(2);
  const discussDuration = discuss.getByLabel('Duration');
  await discussDuration.fill('abc');
  await discuss.getByText('“abc” is not a duration.').waitFor();
  assert.equal(await discussDuration.getAttribute('aria-invalid'), 'true');
  const describedBy = await discussDuration.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy}`).innerText(), /is not a duration/);
  await discussDuration.fill('0');
  await discuss.getByText('A duration must be longer than zero.').waitFor();
  await discussDuration.fill('-3');
  await discuss.getByText('A duration cannot be negative.').waitFor();
  // 10 + 2:30 + 13 + 5 is over the 30-minute cap.
  await discussDuration.fill('13');
  await discuss.getByText('The segments add up to 30:30, over the 30:00 cap. Shorten a segment or raise the cap.').waitFor();
  assert.equal(await totalText(page), 'Planned 27:30 of 30:00 · 2:30 unplanned');
  // The cap cannot drop below the planned total either, and a blank name is refused.
  const cap = page.getByLabel('Cap');
  await cap.fill('20');
  await page.locator('#template-cap-message', { hasText: 'over the 20:00 cap' }).waitFor();
  assert.equal(await cap.getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Template name').fill('  ');
  await page.locator('#template-name-message', { hasText: 'Give the template a name.' }).waitFor();
  await screenshot(page, 'template-editor-errors-desktop');

  await reloadEditor(page);
  await page.getByRole('heading', { name: 'Our weekly', level: 1 }).waitFor();
  assert.equal(await page.getByLabel('Template name').inputValue(), 'Our weekly');
  assert.equal(await page.getByLabel('Cap').inputValue(), '30:00');
  assert.deepEqual(await rowTitles(page), [WEEKLY_TITLES[1], WEEKLY_TITLES[0], WEEKLY_TITLES[2], WEEKLY_TITLES[3]]);
  assert.deepEqual(await rowDurations(page), ['10:00', '2:30', '10:00', '5:00']);
  assert.equal(await totalText(page), 'Planned 27:30 of 30:00 · 2:30 unplanned');
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);

  // The list shows the copy next to the untouched built-in.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Agenda templates' }).click();
  const own = page.getByRole('list', { name: 'Your templates' });
  await own.waitFor();
  assert.deepEqual(await own.locator('.tpl-card h3').allInnerTexts(), ['Our weekly']);
  assert.deepEqual(await own.locator('.tpl-seg-duration').allInnerTexts(), ['10:00', '2:30', '10:00', '5:00']);
  assert.equal(await own.locator('.tpl-facts').innerText(), 'Cap 30:00 · 4 segments · 2:30 unplanned');
  const weekly = page.locator(`.tpl-card[data-template="${WEEKLY_ID}"]`);
  assert.deepEqual(await weekly.locator('.tpl-seg-duration').allInnerTexts(), ['5:00', '10:00', '10:00', '5:00']);
  await screenshot(page, 'templates-desktop');

  // Delete, with an inline confirmation.
  await own.getByRole('link', { name: 'Edit Our weekly' }).click();
  await page.getByRole('heading', { name: 'Our weekly', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Delete Our weekly' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm delete' });
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await page.getByRole('button', { name: 'Delete Our weekly' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('heading', { name: 'Agenda templates', level: 1 }).waitFor();
  await page.getByText('No templates of your own yet').waitFor();
  await allSaved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Agenda templates', level: 1 }).waitFor();
  await page.getByText('No templates of your own yet').waitFor();
  assert.equal(await page.locator('.tpl-card').count(), BUILTINS.length);
  assertNoErrors(errors);
  await context.close();
});

test('a new template: add, retitle, rekind and remove segments, raise the cap', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/templates' });
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByRole('heading', { name: 'New template', level: 1 }).waitFor();
  assert.deepEqual(await rowTitles(page), ['New segment']);
  assert.equal(await totalText(page), 'Planned 5:00 of 30:00 · 25:00 unplanned');

  // The last segment cannot go.
  await page.getByRole('button', { name: 'Remove New segment' }).click();
  await rows(page).first().getByText('An agenda needs at least one segment.').waitFor();

  await page.getByLabel('Template name').fill('Launch review');
  await rows(page).first().getByLabel('Title').fill('Numbers');
  await rows(page).first().getByLabel('Duration').fill('25');
  assert.equal(await totalText(page), 'Planned 25:00 of 30:00 · 5:00 unplanned');

  // A new segment fills what the cap leaves (at most 5 minutes) and takes the cursor.
  await page.getByRole('button', { name: 'Add segment' }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('tpl-seg-title-input'));
  await page.keyboard.type('Wrap-up');
  const wrapUp = rows(page).nth(1);
  assert.equal(await wrapUp.getByLabel('Duration').inputValue(), '5:00');
  await wrapUp.getByLabel('Kind').selectOption('actions');
  await wrapUp.getByLabel('Hint for the facilitator (optional)').fill('Everyone leaves with an owner.');
  assert.equal(await totalText(page), 'Planned 30:00 of 30:00 · fully planned');

  // A full agenda has no room for another segment until the cap is raised.
  await page.getByRole('button', { name: 'Add segment' }).click();
  await page.locator('#add-segment-message', { hasText: 'over the 30:00 cap' }).waitFor();
  await page.getByLabel('Cap').fill('45');
  assert.equal(await totalText(page), 'Planned 30:00 of 45:00 · 15:00 unplanned');
  await page.getByRole('button', { name: 'Add segment' }).click();
  assert.equal(await page.locator('#add-segment-message').innerText(), '');
  assert.equal(await rows(page).count(), 3);
  await page.getByRole('button', { name: 'Remove New segment' }).click();
  assert.equal(await rows(page).count(), 2);
  // Typing "5" is kept while typing and shown as 5:00 once the field is left.
  await wrapUp.getByLabel('Duration').fill('4.5');
  await wrapUp.getByLabel('Duration').press('Tab');
  assert.equal(await wrapUp.getByLabel('Duration').inputValue(), '4:30');

  await reloadEditor(page);
  await page.getByRole('heading', { name: 'Launch review', level: 1 }).waitFor();
  assert.deepEqual(await rowTitles(page), ['Numbers', 'Wrap-up']);
  assert.deepEqual(await rowDurations(page), ['25:00', '4:30']);
  assert.equal(await page.getByLabel('Cap').inputValue(), '45:00');
  assert.equal(await rows(page).nth(1).getByLabel('Kind').inputValue(), 'actions');
  assert.equal(
    await rows(page).nth(1).getByLabel('Hint for the facilitator (optional)').inputValue(),
    'Everyone leaves with an owner.',
  );
  assertNoErrors(errors);
  await context.close();
});

test('templates and the editor work on a 390-px phone screen', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/templates', viewport: PHONE });
  await page.getByRole('heading', { name: 'Agenda templates', level: 1 }).waitFor();
  await assertFitsPhone(page, 'the list');
  await page.getByRole('button', { name: `Copy ${WEEKLY}` }).click();
  await rows(page).first().waitFor();
  await rows(page).nth(2).getByLabel('Duration').fill('abc');
  await rows(page).nth(2).getByText('is not a duration').waitFor();
  await assertFitsPhone(page, 'the editor');
  await screenshot(page, 'template-editor-phone');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Agenda templates' }).click();
  await page.getByRole('list', { name: 'Your templates' }).waitFor();
  await assertFitsPhone(page, 'the list with a copy');
  await screenshot(page, 'templates-phone');
  assertNoErrors(errors);
  await context.close();
});
