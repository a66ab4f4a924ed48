// Journey: hostile files (nested too deeply, from a newer version, duplicate ids, wrong types,
// broken JSON, not ours, 50 MB) are refused with a clear message and the stored data stays
// exactly as it was; script tags in imported names stay text and never run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, assertNoErrors, screenshot, APP_URL, dumpDb, builtWorkspaceFile, chooseImportFile, importAndReload,
} from './support.mjs';

const browser = useBrowser();

test('hostile files get a clear message and change nothing', async () => {
  const { context, page, errors } = await openApp(browser());
  const good = await builtWorkspaceFile(page);
  const before = await dumpDb(page);

  const nested = '['.repeat(100000) + ']'.repeat(100000);
  const newer = { ...good, schema_version: 99 };
  const duplicate = { ...good, people: [...good.people, good.people[0]] };
  const wrongType = structuredClone(good);
  wrongType.meetings[0].attendees[1] = 42;
  const cases = [
    ['nested.json', nested, /nested too deeply/],
    ['newer.json', JSON.stringify(newer), /made by a newer version/],
    ['duplicate.json', JSON.stringify(duplicate), /people\[3\]\.id duplicates people\[0\]\.id/],
    ['wrong-type.json', JSON.stringify(wrongType), /meetings\[0\]\.attendees\[1\]/],
    ['broken.json', '{"format": "smarketing-meetings", ', /not valid JSON.*line 1, column/],
    ['other.json', '{"hello": "world"}', /not a Smarketing Meetings file/],
  ];
  for (const [name, text, message] of cases) {
    await chooseImportFile(page, name, text);
    const alert = page.getByRole('alert').filter({ hasText: `Nothing was imported from ${name}` });
    await alert.waitFor();
    assert.match(await alert.innerText(), message, name);
  }

  // 50 MB: refused from its size, before it is read.
  await page.locator('#import-file').setInputFiles({
    name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(50 * 1000 * 1000, 'a'),
  });
  await page.getByRole('alert').filter({ hasText: 'up to 32 MB' }).waitFor();
  await screenshot(page, 'exchange-error');
  assert.equal(await dumpDb(page), before);

  // Script tags in names are data, shown as text, never run.
  const scripted = structuredClone(good);
  scripted.people[0].name = '<script>window.__owned = 1</script><img src=x onerror="window.__owned = 2">';
  scripted.people[0].updated_at += 1000;
  await chooseImportFile(page, 'scripted.json', JSON.stringify(scripted, null, 2));
  await importAndReload(page, page.getByRole('region', { name: /Ready to import scripted\.json/ }).getByRole('button', { name: 'Import' }));
  await page.goto(APP_URL + '#/roster');
  await page.locator('.person-row').first().waitFor();
  const names = await page.locator('.person-row .person-line-name').allInnerTexts();
  assert.ok(names.includes(scripted.people[0].name));
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  assert.equal(await page.locator('main img').count(), 0);
  assertNoErrors(errors);
  await context.close();
});
