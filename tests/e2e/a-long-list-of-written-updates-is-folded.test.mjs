// Journey: a schedule card lists the owners who are not in the room for their review and owe a
// written update. A workspace with many open items (years of them, or an executive who owns
// many) made that list thousands of lines on every card; a card now shows the first five and
// folds the rest behind "N more", listed when it is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openApp, importFile, assertNoErrors, screenshot, APP_URL, PHONE, DESKTOP, axeViolations } from './support.mjs';

const browser = useBrowser();
const HIRO = 'e69f7821-9531-4c3c-a548-fc6553e14e07'; // an executive: never in the rotation

test('a card shows five written updates and folds the rest until opened', async () => {
  const workspace = JSON.parse(readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8'));
  for (let n = 1; n <= 8; n += 1) {
    workspace.action_items.push({
      id: `00000000-0000-4000-8000-0000000c000${n}`, what: `Executive item ${n}`, owner: HIRO, collaborators: [],
      due: null, problem: null, made_in: workspace.meetings[0].id, status: 'open', progress_note: '',
      created_at: 1610445300000 + n, updated_at: 1610445300000 + n,
    });
  }
  const { context, page, errors } = await openApp(browser(), { clock: new Date('2030-01-07T09:00:00Z') });
  await importFile(page, 'workspace.json', JSON.stringify(workspace));
  await page.goto(APP_URL + '#/schedule');

  const card = page.locator('.sched-card').first();
  const written = card.locator('.sched-written');
  await written.waitFor();
  assert.equal(await written.locator('li').count(), 5, 'five lines before the fold');
  const more = written.locator('summary');
  const [, folded] = (await more.innerText()).match(/^(\d+) more$/);
  assert.ok(Number(folded) >= 3, `the executive's 8 items make at least 3 more lines (${folded})`);
  await screenshot(page, 'schedule-written-updates-folded');

  await more.click();
  await written.locator('li').nth(5 + Number(folded) - 1).waitFor();
  const lines = await written.locator('li').allInnerTexts();
  assert.equal(lines.length, 5 + Number(folded));
  for (let n = 1; n <= 8; n += 1) {
    assert.ok(lines.some((line) => line.startsWith(`Hiro Okafor: “Executive item ${n}”`)), `item ${n} is listed`);
  }
  assert.deepEqual(await axeViolations(page), [], 'the schedule with a folded list passes axe');
  await page.setViewportSize(PHONE);
  await written.scrollIntoViewIfNeeded();
  await screenshot(page, 'schedule-written-updates-opened-phone', { fullPage: false });
  await page.setViewportSize(DESKTOP);
  assertNoErrors(errors);
  await context.close();
});
