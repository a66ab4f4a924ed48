// Journey: the values a meeting measured on its scorecard are dated by that meeting; deleting it
// (after asking) takes them with it, in storage as in the playbook's trend, while the playbook's
// entries stay. Before, they stayed in the browser's storage, which no page showed and no
// export carried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, openApp, allSaved, assertNoErrors, storeRequest, meetingOfAdaAndBen, addSlaCommitment,
  APP_URL,
} from './support.mjs';

const browser = useBrowser();

test('deleting a meeting takes the scorecard values measured in it', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: new Date('2030-01-31T09:00:00Z') });
  await meetingOfAdaAndBen(page);
  const meeting = page.url();
  await page.goto(APP_URL + '#/playbook');
  await addSlaCommitment(page, 'hours');
  await allSaved(page);

  await page.goto(meeting);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.getByRole('button', { name: 'Next segment' }).click();
  const card = page.getByRole('region', { name: 'Scorecard' });
  await card.getByRole('article', { name: 'Sales: Follow up every MQL' }).getByLabel('Actual this period').fill('30');
  await allSaved(page);
  assert.equal(await storeRequest(page, 'readings', 'count'), 1);

  // A reload first: the playbook is then read from storage when the deletion needs it.
  await page.reload();
  await page.getByRole('button', { name: 'Delete meeting' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm delete' });
  await confirm.getByText('Delete this meeting, its tally, action items, minutes and scores for good?').waitFor();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No meetings yet').waitFor();
  await allSaved(page);
  assert.equal(await storeRequest(page, 'readings', 'count'), 0, 'no value of the deleted meeting is left');
  assert.equal(await storeRequest(page, 'playbook_entries', 'count'), 1, 'the playbook entry stays');

  await page.reload();
  await page.goto(APP_URL + '#/playbook');
  await page.getByRole('heading', { name: 'Sales: Follow up every MQL' }).first().waitFor();
  assert.equal(await page.getByText('30 hours').count(), 0, 'the playbook shows no value of it');
  assertNoErrors(errors);
  await context.close();
});
