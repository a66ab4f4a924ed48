// Journey: once someone is on a meeting's record, the roster's Delete asks about them but
// offers deactivation only, so past meetings keep their names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, startOverdueMeetingOfGus } from './support.mjs';

const browser = useBrowser();

test('someone on a meeting is offered deactivation, not deletion', async () => {
  const { context, page, errors } = await openApp(browser());
  await startOverdueMeetingOfGus(page);

  // Gus is on this meeting's record now: the roster offers deactivation, not deletion.
  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  await page.getByRole('button', { name: 'Edit Gus', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Gus' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm delete' });
  assert.match(await confirm.innerText(), /is on past meetings or action items/);
  assert.equal(await confirm.getByRole('button', { name: 'Delete' }).count(), 0);
  assertNoErrors(errors);
  await context.close();
});
