// Journey: importing a colleague's file merges it: the preview lists what is added and what is
// updated, and where both have a record the newer copy wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, APP_URL, builtWorkspaceFile, chooseImportFile, importAndReload,
} from './support.mjs';

const browser = useBrowser();

test('merge a second file: the preview lists what is added and updated, and the newer copy wins', async () => {
  const { context, page, errors } = await openApp(browser());
  const file = await builtWorkspaceFile(page);
  const ada = file.people.find((p) => p.name === 'Ada');
  ada.name = 'Ada Lovelace';
  ada.updated_at += 1000;
  file.people.push({ ...file.people[0], id: '11111111-2222-4333-8444-555555555555', name: 'Dee New', created_at: 1, updated_at: 1 });
  file.people.sort((a, b) => a.id.localeCompare(b.id));
  await chooseImportFile(page, 'colleague.json', JSON.stringify(file, null, 2));
  const preview = page.getByRole('region', { name: /Ready to import colleague\.json/ });
  await preview.waitFor();
  const text = await preview.innerText();
  assert.match(text, /Added: Dee New/);
  assert.match(text, /Updated: Ada Lovelace/);
  await screenshot(page, 'exchange-preview');
  await importAndReload(page, preview.getByRole('button', { name: 'Import' }));
  await page.goto(APP_URL + '#/roster');
  await page.locator('.person-row').nth(3).waitFor();
  const names = await page.locator('.person-row .person-line-name').allInnerTexts();
  assert.deepEqual([...names].sort(), ['Ada Lovelace', 'Ben', 'Cy', 'Dee New']);
  assertNoErrors(errors);
  await context.close();
});
