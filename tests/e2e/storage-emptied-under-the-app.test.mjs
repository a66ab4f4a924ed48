// Journey: the browser empties the app's database while the page is open (Chromium does this
// when a full disk damaged it: seen in the full-disk journey). The bug: the next edit said
// another tab had taken over, and "Use here" would have saved into the empty database. The page
// says what happened, offers the export of what it still holds (no reload, which would show the
// empty database), and writes nothing; the export says what it cannot hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, storeRequest, PHONE, DESKTOP } from './support.mjs';

const browser = useBrowser();

async function addPerson(page, name) {
  await page.getByLabel('Name', { exact: true }).first().fill(name);
  await page.locator('#new-person-team').selectOption('sales');
  await page.getByRole('button', { name: 'Add person' }).click();
}

test('a database emptied under the page: told in words, the export at hand, nothing written', async () => {
  const { page, errors } = await openApp(browser());
  await addPerson(page, 'Ada');
  await allSaved(page);

  // What the browser leaves: the stores, empty (the turn to save went with the settings).
  await storeRequest(page, 'people', 'clear');
  await storeRequest(page, 'settings', 'clear');
  await addPerson(page, 'Bo');

  const notice = page.getByRole('alert').filter({ hasText: 'The browser has emptied the database' });
  await notice.waitFor();
  assert.match(await page.locator('.save-status').innerText(), /Not saved/);
  assert.equal(await page.getByText('open in another tab').count(), 0, 'not taken for another tab');
  assert.ok(await notice.getByRole('button', { name: 'Export data' }).isVisible());
  assert.equal(await notice.getByRole('button', { name: 'Reload' }).count(), 0, 'a reload would show it empty');
  assert.deepEqual(await storeRequest(page, 'people', 'getAll'), [], 'nothing is written into it');
  await screenshot(page, 'storage-emptied-desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'storage-emptied-phone');
  await page.setViewportSize(DESKTOP);

  // The export keeps what the page holds: both people.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export data' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.deepEqual(file.people.map((person) => person.name).sort(), ['Ada', 'Bo']);
  // What the page reads from storage only for an export went with the database: the file
  // cannot hold it, and the page says so rather than passing the file off as a whole copy.
  const leftOut = notice.getByText(/It does not hold the talk tallies or the playbook: .* Keep your earlier exports/);
  await leftOut.waitFor();
  console.log(`export after the emptying: ${await leftOut.innerText()}`);
  await screenshot(page, 'storage-emptied-exported-desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'storage-emptied-exported-phone');
  assertNoErrors(errors);
});
