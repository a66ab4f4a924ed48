// Journey: export a workspace built through the UI, validate it against the published JSON
// Schema (the same data exports byte for byte the same), then import it into a fresh browser
// profile: the reloaded page says what the import did, once, and every store holds what it held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from './file-schema.mjs';
import {
  useBrowser, openApp, assertNoErrors, APP_URL, dumpDb, buildWorkspace, exportWorkspace, chooseImportFile, importAndReload,
} from './support.mjs';

const browser = useBrowser();

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
  await chooseImportFile(page, 'backup.json', exported);
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
