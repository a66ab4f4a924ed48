// Journey: the playbook is saved as it is typed (definitions, an SLA commitment, a shared goal,
// a decision), survives a reload, downloads as Markdown and prints on its own; a workspace
// export carries it (valid against the JSON Schema) into a fresh browser profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from './file-schema.mjs';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, importFile, APP_URL, APP_READY, PHONE, axeViolations, playbookCard, addSharedGoal, addPlaybookEntry } from './support.mjs';

const browser = useBrowser();


/** Writes the ideal customer, the MQL criteria, one SLA commitment and one goal. */
export async function writePlaybook(page) {
  await page.goto(APP_URL + '#/playbook');
  await page.getByRole('heading', { name: 'Shared definitions' }).waitFor();
  await playbookCard(page, 'Ideal customer profile').getByLabel('Text').fill('Software firms of 50 to 500 people in Europe.');
  await playbookCard(page, 'What a marketing-qualified lead (MQL) is').getByLabel(/Criteria/)
    .fill('Works at an ideal customer\nDownloaded two guides\nScore of 50 or more');

  const sla = await addPlaybookEntry(page, 'Add a commitment', 'sla');
  await sla.getByLabel('Side').selectOption('sales');
  await sla.getByLabel('Commitment').fill('Follow up every MQL');
  // Incomplete: not saved yet, and the card says what is missing.
  await sla.getByText('Saved once complete').waitFor();
  await sla.getByLabel('Measure').fill('Hours to the first call');
  await sla.getByLabel('Time limit or period').fill('per lead');
  await sla.getByLabel('Target').selectOption('at_most');
  await sla.getByLabel('Value').fill('24');
  await sla.getByLabel('Unit').fill('business hours');
  await sla.getByRole('heading', { name: 'Sales: Follow up every MQL' }).waitFor();
  assert.equal(await sla.getByText('Saved once complete').count(), 0);

  await addSharedGoal(page);

  await page.locator('#pb-decision-what').fill('One funnel for both teams');
  await page.locator('#pb-decision-why').fill('Two funnels hid where leads were lost');
  await page.getByRole('button', { name: 'Log decision' }).click();
  await page.locator('.pb-decisions li', { hasText: 'One funnel for both teams' }).waitFor();
  await allSaved(page);
}

test('the playbook is saved as typed, downloads as Markdown, prints alone and travels in an export', async () => {
  let { context, page, errors } = await openApp(browser());
  await writePlaybook(page);
  // A hostile text is refused on the spot and nothing is saved over the good one.
  const market = playbookCard(page, 'Target market');
  await market.getByLabel('Text').fill('Everyone <script>alert(1)</script>');
  await market.getByText(/HTML tag/).waitFor();

  await page.reload();
  await page.locator(APP_READY).waitFor();
  await playbookCard(page, 'Ideal customer profile').waitFor();
  assert.equal(await playbookCard(page, 'Ideal customer profile').getByLabel('Text').inputValue(),
    'Software firms of 50 to 500 people in Europe.');
  assert.equal(await playbookCard(page, 'Target market').getByLabel('Text').inputValue(), '', 'the hostile text was never saved');
  assert.equal(await page.locator('article.pb-entry[data-topic="sla"]').count(), 1);
  assert.match(await playbookCard(page, 'Sales: Follow up every MQL').innerText(), /Draft/);
  await screenshot(page, 'playbook-desktop');
  assert.deepEqual(await axeViolations(page), [], 'the written playbook passes axe');

  // Markdown of the whole playbook.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const markdownFile = await download;
  assert.match(markdownFile.suggestedFilename(), /^smarketing-playbook-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await markdownFile.path(), 'utf8');
  assert.match(markdown, /^# Playbook\n/);
  assert.match(markdown, /## Ideal customer profile\n\n\*Draft, not agreed yet\*\n\n- Software firms of 50 to 500 people in Europe\./);
  assert.match(markdown, /### Sales: Follow up every MQL[\s\S]*- Target: at most 24 business hours per lead/);
  assert.match(markdown, /## Decision log\n\n- \d{4}-\d{2}-\d{2}: One funnel for both teams; why: Two funnels hid/);

  // The print view: on paper only the playbook document shows.
  await page.getByRole('button', { name: 'Show the print view' }).click();
  const doc = page.getByRole('article', { name: 'The playbook, as agreed' });
  await doc.getByText('Software firms of 50 to 500 people in Europe.').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.nav-bar').isVisible(), false);
  assert.equal(await page.locator('#pb-decision-what').isVisible(), false);
  assert.equal(await doc.isVisible(), true);
  await screenshot(page, 'playbook-print');
  await page.emulateMedia({ media: 'screen' });

  // Export, check against the schema, and import into a fresh profile.
  await page.goto(APP_URL + '#/exchange');
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export whole workspace' }).click();
  const exported = readFileSync(await (await exportDownload).path(), 'utf8');
  const file = JSON.parse(exported);
  assert.ok(validate(file), JSON.stringify(validate.errors, null, 1));
  assert.equal(file.schema_version, 3);
  assert.equal(file.playbook_entries.length, 4);
  assert.equal(file.decisions.length, 1);
  assertNoErrors(errors);
  await context.close();

  ({ context, page, errors } = await openApp(browser(), { viewport: PHONE }));
  await importFile(page, 'backup.json', exported);
  assert.match(await page.getByTestId('import-outcome').innerText(), /4 playbook entries added/);
  await page.goto(APP_URL + '#/playbook');
  await playbookCard(page, 'Sales: Follow up every MQL').waitFor();
  assert.equal(await playbookCard(page, 'What a marketing-qualified lead (MQL) is').getByLabel(/Criteria/).inputValue(),
    'Works at an ideal customer\nDownloaded two guides\nScore of 50 or more');
  await page.locator('.pb-decisions li', { hasText: 'One funnel for both teams' }).waitFor();
  await screenshot(page, 'playbook-phone', { fullPage: false });
  await playbookCard(page, 'Sales: Follow up every MQL').scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook-phone-sla', { fullPage: false });
  assertNoErrors(errors);
  await context.close();
});

