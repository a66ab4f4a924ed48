// Journey: keep the roster. Add, edit, reload, bad input — all against the release bundle
// served from a sub-path, as on GitHub Pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, importFile, rosterFile, APP_URL, PHONE, assertFitsPhone, noticesArrived } from './support.mjs';

const browser = useBrowser();

async function addPerson(page, name, team, otherLabel) {
  await page.getByLabel('Name', { exact: true }).first().fill(name);
  await page.locator('#new-person-team').selectOption(team);
  if (otherLabel) await page.getByLabel('Which team').first().fill(otherLabel);
  await page.getByRole('button', { name: 'Add person' }).click();
}

// A row is a read-only line until opened for editing; then its name is in the input.
const rowNames = (page) =>
  page.locator('.person-row').evaluateAll((rows) => rows.map((row) =>
    row.querySelector('input.person-name')?.value ?? row.querySelector('.person-line-name').textContent));

async function openRow(page, name) {
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('person-name'));
}

test('add three people, edit one, reload: all three are there with the edit', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster' });
  await page.getByRole('heading', { name: 'Roster', level: 1 }).waitFor();

  await addPerson(page, 'Ada Sales', 'sales');
  await addPerson(page, 'Ben Marketing', 'marketing');
  await addPerson(page, 'Cy Support', 'other', 'Support');
  assert.deepEqual(await rowNames(page), ['Ada Sales', 'Ben Marketing', 'Cy Support']);

  // Rows are read-only lines; "Edit" opens one with focus in its name, "Done" closes it and
  // gives focus back to "Edit".
  assert.equal(await page.locator('.person-row input').count(), 0);
  await openRow(page, 'Ben Marketing');
  const ben = page.locator('.person-row').nth(1);
  await ben.locator('input.person-name').fill('Ben Marketing-Lead');
  await ben.getByLabel('Core').check();
  await ben.locator('input.person-group').fill('EMEA');
  await screenshot(page, 'roster-row-open');
  await ben.getByRole('button', { name: /^Done/ }).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('person-edit'));
  assert.match(await ben.locator('.person-line-facts').innerText(), /Marketing · EMEA · core/);
  // Opened again, the form starts from what was saved.
  await page.keyboard.press('Enter');
  assert.equal(await ben.locator('input.person-name').inputValue(), 'Ben Marketing-Lead');
  await allSaved(page);

  await page.reload();
  await page.locator('.person-row').first().waitFor();
  assert.deepEqual(await rowNames(page), ['Ada Sales', 'Ben Marketing-Lead', 'Cy Support']);
  assert.match(await page.locator('.person-row').nth(1).locator('.person-line-facts').innerText(), /EMEA · core/);
  assert.match(await page.locator('.roster-summary').innerText(), /3 active: 1 Sales, 1 Marketing, 1 Other/);
  await screenshot(page, 'roster-desktop');
  assertNoErrors(errors);
  await context.close();
});

test('a pasted list adds several people at once, names a wrong line, and leaves out who is already there', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPerson(page, 'Ann Lee', 'sales');
  await page.getByText('Add several people at once').click();
  const list = page.getByLabel('One person a line');
  await list.fill('Ann Lee\nBen Ng, marketing\nCy Park <cy@example.com>\nDee Roy\tSupport\tdee@example\n');
  await page.getByText('Line 4: Dee Roy · Support · dee@example: “dee@example” does not look like an email address.').waitFor();
  await page.getByText('Nothing is added until these lines are fixed:').waitFor();
  const add = page.locator('.add-people-list').getByRole('button', { name: /^Add \d+ people$/ });
  assert.equal(await add.isDisabled(), true);
  await screenshot(page, 'roster-paste-problem', { fullPage: false });

  // Each line is read back with its team and marks before anything is added; case and
  // extra spaces do not hide a duplicate.
  await list.fill('ann  LEE\nBen Ng, marketing, exec\nCy Park <cy@example.com>\nDee Roy\tSupport\tcore\tdee@example.com\n');
  await page.getByText('Adds 3 people. 1 is already on the roster.').waitFor();
  assert.deepEqual(await page.getByTestId('people-list-lines').locator('li').allInnerTexts(), [
    'Line 1: ann LEE · Sales: already on the roster, will be left out',
    'Line 2: Ben Ng · Marketing · executive: will be added',
    'Line 3: Cy Park · Sales · cy@example.com: will be added',
    'Line 4: Dee Roy · Support · core · dee@example.com: will be added',
  ]);
  await screenshot(page, 'roster-paste-preview', { fullPage: false });
  await page.getByRole('button', { name: 'Add 3 people' }).click();
  await page.getByText('Added 3 people: Ben Ng, Cy Park, Dee Roy.').waitFor();
  assert.equal(await list.inputValue(), '');
  assert.deepEqual(await rowNames(page), ['Ann Lee', 'Cy Park', 'Ben Ng', 'Dee Roy']);
  await allSaved(page);

  await page.reload();
  await page.locator('.person-row').nth(3).waitFor();
  assert.deepEqual(await rowNames(page), ['Ann Lee', 'Cy Park', 'Ben Ng', 'Dee Roy']);
  assert.match(await page.locator('.person-row').nth(1).locator('.person-line-facts').innerText(), /cy@example\.com/);
  assert.match(await page.locator('.person-row').nth(2).locator('.person-line-facts').innerText(), /Marketing · executive/);
  assert.match(await page.locator('.person-row').nth(3).locator('.person-line-facts').innerText(), /core/);
  assert.match(await page.locator('.roster-summary').innerText(), /4 active: 2 Sales, 1 Marketing, 1 Other/);
  assertNoErrors(errors);
  await context.close();
});

test('an empty or blank name shows a message and saves nothing', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPerson(page, 'Dee', 'sales');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.locator('#new-person-message', { hasText: 'Enter a name.' }).waitFor();
  await addPerson(page, '   ', 'sales');
  await page.locator('#new-person-message', { hasText: 'Enter a name.' }).waitFor();
  assert.equal(await page.locator('.person-row').count(), 1);

  // Clearing a saved name is refused in place; the stored name stays.
  await openRow(page, 'Dee');
  const dee = page.locator('.person-row').first();
  await dee.locator('input.person-name').fill('');
  await dee.locator('.form-message', { hasText: 'Enter a name.' }).waitFor();
  await allSaved(page);
  await page.reload();
  await page.locator('.person-row').first().waitFor();
  assert.deepEqual(await rowNames(page), ['Dee']);
  assertNoErrors(errors);
  await context.close();
});

test('a name over 100 characters is refused; a duplicate in the same team needs a second click', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPerson(page, 'x'.repeat(101), 'sales');
  await page.locator('#new-person-message', { hasText: 'at most 100 characters' }).waitFor();
  assert.equal(await page.locator('.person-row').count(), 0);

  await addPerson(page, 'Eve', 'marketing');
  await addPerson(page, 'Eve', 'marketing');
  await page.locator('#new-person-message', { hasText: 'Marketing already has someone called “Eve”' }).waitFor();
  assert.equal(await page.locator('.person-row').count(), 1);
  await page.getByRole('button', { name: 'Add anyway' }).click();
  assert.equal(await page.locator('.person-row').count(), 2);
  assertNoErrors(errors);
  await context.close();
});

test('deactivate and delete are saved', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPerson(page, 'Fay', 'sales');
  await addPerson(page, 'Gus', 'sales');
  await openRow(page, 'Fay');
  await page.getByRole('button', { name: 'Deactivate Fay' }).click();
  await openRow(page, 'Gus');
  await page.getByRole('button', { name: 'Delete Gus' }).click();
  await page.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await allSaved(page);
  await page.reload();
  await page.locator('.person-row').first().waitFor();
  assert.deepEqual(await rowNames(page), ['Fay']);
  assert.equal(await page.locator('.person-row .badge').innerText(), 'Inactive');
  assertNoErrors(errors);
  await context.close();
});

test('every area has a page, reachable from the navigation and by deep link', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/history' });
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  assert.equal(await page.locator('#app-loading').count(), 0, 'the loading line goes once the app runs');
  for (const [area, title] of [['Schedule'], ['Meeting'], ['Problems', 'Problem log'], ['Playbook'], ['History'], ['Import/Export'], ['Roster']]) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true }).click();
    await page.getByRole('heading', { name: title ?? area, level: 1 }).waitFor();
    const text = await page.locator('main').innerText();
    assert.ok(text.length > 80, `${area} page says what it is for`);
  }
  assertNoErrors(errors);
  await context.close();
});

test('a newer version opened in another tab is not blocked; this tab says to reload and saves nothing more', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPerson(page, 'Hal', 'sales');
  await allSaved(page);
  // A second connection upgrades the database, as a newer release of the app in another tab does.
  const upgraded = await page.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'smarketing').version;
    return new Promise((ok) => {
      const request = indexedDB.open('smarketing', current + 1);
      request.onblocked = () => ok('blocked');
      request.onsuccess = () => { request.result.close(); ok('upgraded'); };
      request.onerror = () => ok(`failed: ${request.error}`);
    });
  });
  assert.equal(upgraded, 'upgraded');
  const banner = page.getByRole('alert').filter({ hasText: 'A newer version is open in another tab' });
  await banner.waitFor();
  await page.locator('.save-status', { hasText: 'Not saved: reload this page' }).waitFor();
  // The page is read-only now: nothing typed here could be saved.
  assert.equal(await page.locator('main').getAttribute('inert'), '');
  await screenshot(page, 'roster-newer-version');
  assert.ok(await banner.getByRole('button', { name: 'Reload' }).isVisible());
  assertNoErrors(errors);
  await context.close();
});

test('a second tab takes over saving; the first turns read-only, says so, and "Use here" brings it back with both tabs\' changes', async () => {
  const { context, page: first, errors } = await openApp(browser());
  // A turn older than this tab's (a tab that took it before this one opened) changes nothing.
  await first.evaluate(() => new BroadcastChannel('smarketing-tabs').postMessage(0));
  await addPerson(first, 'Ann', 'sales');
  await allSaved(first);
  await noticesArrived(first);
  assert.equal(await first.getByRole('alert').count(), 0);

  const second = await context.newPage();
  second.on('pageerror', (error) => errors.push(`uncaught in the second tab: ${error.message}`));
  await second.goto(APP_URL + '#/roster');
  await second.locator('.person-row').first().waitFor();
  assert.deepEqual(await rowNames(second), ['Ann']);

  const banner = first.getByRole('alert').filter({ hasText: 'Smarketing Meetings is open in another tab' });
  await banner.waitFor();
  await first.locator('.save-status', { hasText: 'Not saved: open in another tab' }).waitFor();
  await addPerson(second, 'Bo', 'sales');
  await allSaved(second);
  // The first tab's copy of the roster is stale: it is read-only, keys included.
  assert.equal(await first.locator('main').getAttribute('inert'), '');
  await screenshot(first, 'roster-other-tab');

  await banner.getByRole('button', { name: 'Use here' }).click();
  await first.locator('.person-row').nth(1).waitFor();
  assert.deepEqual(await rowNames(first), ['Ann', 'Bo']);
  await first.locator('.save-status', { hasText: 'All changes saved' }).waitFor();
  assert.equal(await first.locator('main').getAttribute('inert'), null);
  await second.getByRole('alert').filter({ hasText: 'Smarketing Meetings is open in another tab' }).waitFor();
  await addPerson(first, 'Dee', 'marketing');
  await allSaved(first);
  await second.reload();
  await second.locator('.person-row').nth(2).waitFor();
  assert.deepEqual(await rowNames(second), ['Ann', 'Bo', 'Dee']);
  assertNoErrors(errors);
  await context.close();
});

test('without IndexedDB the app runs in memory and says data will not be kept', async () => {
  const refuseStorage = () => {
    Object.defineProperty(window, 'indexedDB', {
      get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); },
    });
  };
  const { context, page } = await openApp(browser(), { initScript: refuseStorage });
  const banner = page.getByRole('alert').filter({ hasText: 'Your data will not be kept' });
  await banner.waitFor();
  // The browser's reason, in its own words, once.
  assert.match(await banner.innerText(), /keep data \(The user denied permission to access the database\)\. Private/);
  await addPerson(page, 'Hal', 'sales');
  assert.deepEqual(await rowNames(page), ['Hal']);
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export data' }).click();
  assert.match((await download).suggestedFilename(), /^smarketing-\d{4}-\d{2}-\d{2}-workspace\.json$/);
  await screenshot(page, 'storage-refused');
  await context.close();
});

test('the roster works on a 390-px phone screen', async () => {
  const { context, page, errors } = await openApp(browser(), { viewport: PHONE });
  await addPerson(page, 'Ivy', 'marketing');
  await assertFitsPhone(page);
  await screenshot(page, 'roster-phone');
  assertNoErrors(errors);
  await context.close();
});

test('an inactive person with open action items is asked about, and their items reassigned', async () => {
  const { context, page, errors } = await openApp(browser());
  await addPerson(page, 'Ada', 'sales');
  await addPerson(page, 'Ben', 'marketing');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meeting' }).click();
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  await page.locator('.segment-position', { hasText: 'Segment 4 of 4' }).waitFor();
  await page.locator('#new-action-what').fill('Call the stalled leads');
  await page.locator('#new-action-what').press('Enter');
  await allSaved(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
  await openRow(page, 'Ada');
  await page.getByRole('button', { name: 'Deactivate Ada' }).click();
  const handover = page.getByRole('group', { name: 'Open action items' });
  await handover.getByText('Still on 1 open action item').waitFor();
  await handover.getByLabel('Who takes the open action items over').selectOption({ label: 'Ben' });
  await handover.getByRole('button', { name: 'Reassign' }).click();
  await handover.waitFor({ state: 'detached' });
  await allSaved(page);
  await page.reload();
  await page.locator('.person-row').first().waitFor();
  assert.equal(await page.getByRole('group', { name: 'Open action items' }).count(), 0);
  assertNoErrors(errors);
  await context.close();
});

test('a long roster shows 100 rows at a time and finds people; a search survives edits and additions', async () => {
  const { context, page, errors } = await openApp(browser());
  await importFile(page, 'roster.json', rosterFile(250));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();

  const rows = page.locator('.person-row');
  await page.getByText('Showing 100 of 250 people.').waitFor();
  assert.equal(await rows.count(), 100);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await page.getByText('Showing 200 of 250 people.').waitFor();
  assert.equal(await rows.count(), 200);
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await page.getByText(/Showing/).waitFor({ state: 'detached' });
  assert.equal(await rows.count(), 250);

  const search = page.getByRole('searchbox', { name: 'Find people' });
  await search.fill('emea');
  await page.getByRole('status').filter({ hasText: '25 of 250 people match.' }).waitFor();
  assert.equal(await rows.count(), 25);
  await search.fill('PERSON 02');
  await page.getByRole('status').filter({ hasText: '10 of 250 people match.' }).waitFor();
  assert.ok((await rowNames(page)).every((name) => name.startsWith('Person 02')));
  await search.fill('inactive');
  await page.getByRole('status').filter({ hasText: '1 of 250 people matches.' }).waitFor();
  assert.deepEqual(await rowNames(page), ['Person 250']);
  await search.fill('zz');
  await page.getByRole('status').filter({ hasText: 'Nobody matches “zz”.' }).waitFor();
  assert.equal(await rows.count(), 0);

  // A row being edited stays put even when its new name no longer matches.
  await search.fill('person 025');
  await page.getByRole('status').filter({ hasText: '1 of 250 people matches.' }).waitFor();
  await openRow(page, 'Person 025');
  await rows.first().locator('input.person-name').fill('Zara Quinn');
  assert.deepEqual(await rowNames(page), ['Zara Quinn']);
  // Someone added during a search is shown, not filtered away.
  await addPerson(page, 'Yusuf Ade', 'sales');
  assert.deepEqual(await rowNames(page), ['Zara Quinn', 'Yusuf Ade']);
  await page.getByRole('status').filter({ hasText: '1 of 251 people matches, and 1 just added.' }).waitFor();
  await screenshot(page, 'roster-search');
  await allSaved(page);

  await page.reload();
  await page.getByText('Showing 100 of 251 people.').waitFor();
  await search.fill('zara');
  await page.getByRole('status').filter({ hasText: '1 of 251 people matches.' }).waitFor();
  assert.deepEqual(await rowNames(page), ['Zara Quinn']);
  await page.setViewportSize(PHONE);
  await assertFitsPhone(page);
  await search.fill('');
  await page.getByRole('button', { name: 'Show everyone' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'roster-more-rows-phone', { fullPage: false });
  assertNoErrors(errors);
  await context.close();
});
