// Journey: an impatient double click on Import. The import writes every record of the file in
// one transaction and reloads the page; a second click while it writes, or after it wrote,
// must not write the file again. Every `put` into the people store is counted (the count
// survives the reload in sessionStorage), so a second write shows as twice the puts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, rosterFile, rosterNames, APP_URL } from './support.mjs';

const browser = useBrowser();

const countPeoplePuts = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'people') {
      const key = 'people-puts';
      sessionStorage.setItem(key, String(Number(sessionStorage.getItem(key) ?? 0) + 1));
    }
    return put.apply(this, args);
  };
};

test('a double click on Import writes the file once', async () => {
  const { context, page, errors } = await openApp(browser(), { initScript: countPeoplePuts });
  const people = 4;
  await page.goto(APP_URL + '#/exchange');
  await page.locator('#import-file').setInputFiles({
    name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(rosterFile(people)),
  });
  const preview = page.getByRole('region', { name: 'Ready to import team.json' });
  const reloaded = page.waitForEvent('load');
  await preview.getByRole('button', { name: 'Import' }).dblclick();
  await reloaded;
  await page.getByTestId('import-outcome').waitFor();

  const puts = await page.evaluate(() => Number(sessionStorage.getItem('people-puts') ?? 0));
  console.log(`people written by a double-clicked import of ${people}: ${puts}`);
  assert.equal(puts, people, 'each person in the file is written once');
  await page.goto(APP_URL + '#/roster');
  await page.locator('.person-row').first().waitFor();
  assert.equal((await rosterNames(page)).length, people);
  assertNoErrors(errors);
  await context.close();
});
