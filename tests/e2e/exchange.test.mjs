// Journey: export a workspace built through the UI, validate it against the published JSON
// Schema, wipe the browser's storage, import it back; merge a second file; and refuse hostile
// files with a clear message while the stored data stays exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from './file-schema.mjs';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, APP_URL } from './support.mjs';

const browser = useBrowser();

/** Every record of every store, as the page's IndexedDB holds it. */
async function dumpDb(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const request = indexedDB.open('smarketing');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const out = {};
    for (const name of Array.from(db.objectStoreNames).sort()) {
      const tx = db.transaction(name);
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([
        new Promise((ok) => { const r = store.getAllKeys(); r.onsuccess = () => ok(r.result); }),
        new Promise((ok) => { const r = store.getAll(); r.onsuccess = () => ok(r.result); }),
      ]);
      // Which tab's turn it is to write counts page loads, not data.
      out[name] = keys.map((k, i) => [k, values[i]]).filter(([k]) => k !== 'writer_turn');
    }
    db.close();
    return JSON.stringify(out);
  });
}

/** The dump with tally events gathered in one list, wherever they are kept: taps made here are
 * single records, imported ones sit in one archive per meeting, as JSON text. */
function asRead(dump) {
  const stores = JSON.parse(dump);
  const archived = (archive) =>
    typeof archive.events === 'string' ? JSON.parse(archive.events) : archive.events;
  const taps = [
    ...(stores.tally_events ?? []).map(([, event]) => event),
    ...(stores.tally_archives ?? []).flatMap(([, archive]) => archived(archive)),
  ].sort((a, b) => a.id.localeCompare(b.id));
  delete stores.tally_events;
  delete stores.tally_archives;
  return JSON.stringify({ ...stores, taps });
}

async function buildWorkspace(page) {
  await page.goto(APP_URL + '#/roster');
  for (const [name, team] of [['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales']]) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption(team);
    await page.getByRole('button', { name: 'Add person' }).click();
  }
  await page.goto(APP_URL + '#/meeting');
  for (const name of ['Ada', 'Ben', 'Cy']) await page.getByRole('checkbox', { name }).check();
  await page.locator('#new-meeting-note-taker').selectOption({ label: 'Ben' });
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  await page.locator('h1').click();
  for (const key of ['1', '2', '3', '1']) await page.keyboard.press(key);
  await allSaved(page);
}

async function exportWorkspace(page) {
  await page.goto(APP_URL + '#/exchange');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export whole workspace' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^smarketing-\d{4}-\d{2}-\d{2}-workspace\.json$/);
  return readFileSync(await file.path(), 'utf8');
}

async function importText(page, name, text) {
  await page.goto(APP_URL + '#/exchange');
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Clicks Import and waits for the reload that follows a successful import. */
async function importAndReload(page, button) {
  const reloaded = page.waitForEvent('load');
  await button.click();
  await reloaded;
}

test('export, validate against the schema, wipe storage, import: everything is back', async () => {
  let { context, page, errors } = await openApp(browser());
  await buildWorkspace(page);
  const exported = await exportWorkspace(page);
  const file = JSON.parse(exported);
  assert.ok(validate(file), JSON.stringify(validate.errors, null, 1));
  assert.deepEqual(Object.keys(file).slice(0, 5), ['format', 'schema_version', 'app_version', 'exported_at', 'kind']);
  assert.equal(file.people.length, 3);
  assert.equal(file.tally_events.length, 4);
  // Deterministic: a second export of the same data is byte-identical but for the time stamp.
  const again = await exportWorkspace(page);
  const withoutStamp = (text) => text.replace(/"exported_at": "[^"]+"/, '');
  assert.equal(withoutStamp(again), withoutStamp(exported));

  const before = await dumpDb(page);
  assertNoErrors(errors);
  await context.close();

  // A fresh browser profile: the site's storage is empty, as after clearing it.
  ({ context, page, errors } = await openApp(browser()));
  await page.getByText('Nobody on the roster yet').waitFor();
  await importText(page, 'backup.json', exported);
  const preview = page.getByRole('region', { name: /Ready to import backup\.json/ });
  await preview.waitFor();
  assert.match(await preview.innerText(), /people\s+3\s+0\s+0\s+0/i);
  await importAndReload(page, preview.getByRole('button', { name: 'Import' }));
  // The reloaded page says what the import did.
  const said = await page.getByTestId('import-outcome').innerText();
  assert.match(said, /^Imported backup\.json: 3 people added/);
  assert.match(said, /4 tally events added/);
  await page.goto(APP_URL + '#/roster');
  await page.locator('.person-row').nth(2).waitFor();
  assert.equal(await page.getByTestId('import-outcome').count(), 0, 'said once');
  assert.equal(asRead(await dumpDb(page)), asRead(before));
  await page.goto(APP_URL + '#/history');
  await page.locator('.history-page .meeting-item').first().waitFor();
  assertNoErrors(errors);
  await context.close();
});

test('merge a second file: the preview lists what is added and updated, and the newer copy wins', async () => {
  const { context, page, errors } = await openApp(browser());
  await buildWorkspace(page);
  const file = JSON.parse(await exportWorkspace(page));
  const ada = file.people.find((p) => p.name === 'Ada');
  ada.name = 'Ada Lovelace';
  ada.updated_at += 1000;
  file.people.push({ ...file.people[0], id: '11111111-2222-4333-8444-555555555555', name: 'Dee New', created_at: 1, updated_at: 1 });
  file.people.sort((a, b) => a.id.localeCompare(b.id));
  await importText(page, 'colleague.json', JSON.stringify(file, null, 2));
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

test('hostile files get a clear message and change nothing', async () => {
  const { context, page, errors } = await openApp(browser());
  await buildWorkspace(page);
  const good = JSON.parse(await exportWorkspace(page));
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
    await importText(page, name, text);
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
  await importText(page, 'scripted.json', JSON.stringify(scripted, null, 2));
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
