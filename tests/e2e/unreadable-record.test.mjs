// Journey: one stored record the app cannot read. The bug: a person whose `updated_at` was
// 9223372036854775807 (accepted by an older import check) came back from IndexedDB rounded, and
// from then on the whole roster failed to load, the header said "All changes saved", and the
// next export wrote everyone as "Removed person". Now the others load, the user is told how many
// records did not read, the record is left as stored, and no export leaves it out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, PHONE, rosterNames, editRow, storeRequest, assertWholeExportRefused } from './support.mjs';

const browser = useBrowser();

test('one unreadable saved person: the others load, the user is told, and it is kept and never exported as something else', async () => {
  const { context, page, errors } = await openApp(browser());
  for (const name of ['Ada', 'Ben']) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption('sales');
    await page.getByRole('button', { name: 'Add person' }).click();
  }
  await allSaved(page);
  // A damaged record, as the old import check let in: its time does not survive IndexedDB.
  await storeRequest(page, 'people', 'put', {
    id: '00000000-0000-4000-8000-0000000000bb', name: 'Bea Broken', team: { kind: 'sales' },
    executive: false, core: false, active: true, executive_opt_in: false, email: null, group: null,
    created_at: 1, updated_at: 9223372036854775807,
  });

  await page.reload();
  await page.locator('.person-row').nth(1).waitFor();
  const names = await rosterNames(page);
  assert.deepEqual(names, ['Ada', 'Ben'], 'everyone else loads');
  const banner = page.getByRole('alert').filter({ hasText: '1 saved person could not be read' });
  await banner.waitFor();
  assert.match(await banner.innerText(), /kept in this browser as stored/);
  await screenshot(page, 'unreadable-record-desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'unreadable-record-phone');

  // Editing the others still saves, and the damaged record stays exactly as it was.
  await (await editRow(page.locator('.person-row').nth(1))).fill('Ben Lead');
  await allSaved(page);
  const stored = await storeRequest(page, 'people', 'getAll');
  assert.equal(stored.length, 3);
  const broken = stored.find((p) => p.name === 'Bea Broken');
  assert.equal(broken.updated_at, 9223372036854775807, 'left as stored');

  // No export writes a copy without it (or with a placeholder in its place).
  await assertWholeExportRefused(page);
  assertNoErrors(errors);
  await context.close();
});
