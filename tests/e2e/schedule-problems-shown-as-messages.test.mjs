// Journey: the scheduler's problems show as messages (nobody to schedule, more core members than
// seats), typed text stays text on the plan, and bad numbers for seats or the horizon are
// refused in place and save nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, addRosterPerson, openSchedule } from './support.mjs';

const browser = useBrowser();

test('scheduler problems show as messages, typed text stays text, and bad numbers save nothing', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/schedule' });
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Plan meetings' }).click();
  await page.getByRole('alert').filter({ hasText: 'Nobody can be scheduled' }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
  const tricky = '<b>Bold</b> & <img src=x onerror=alert(1)>';
  await addRosterPerson(page, tricky, 'sales', { core: true });
  await addRosterPerson(page, 'Core Two', 'marketing', { core: true });
  await addRosterPerson(page, 'Core Three', 'marketing', { core: true });
  await addRosterPerson(page, 'Rota One', 'sales');
  await allSaved(page);
  await openSchedule(page);
  await page.locator('#sched-seats').fill('2');
  await page.getByRole('alert').filter({ hasText: 'has 3 core members but only 2 seats' }).waitFor();
  assert.equal(await page.locator('.sched-card').count(), 0);
  await screenshot(page, 'schedule-error');

  for (const [value, message] of [['10', '10 is not allowed'], ['2.5', 'Enter a whole number'], ['', 'Enter a whole number']]) {
    await page.locator('#sched-seats').fill(value);
    await page.locator('#sched-seats-message', { hasText: message }).waitFor();
  }
  await page.locator('#sched-seats').fill('4');
  await page.locator('.sched-card').first().waitFor();
  const card = page.locator('.sched-card').first();
  assert.ok((await card.locator('.sched-name').allInnerTexts()).includes(tricky), 'the name is shown as typed');
  assert.equal(await page.locator('.sched-card b, .sched-card img').count(), 0, 'typed text became markup');

  await page.locator('#sched-horizon').fill('0');
  await page.locator('#sched-horizon-message', { hasText: '0 is not allowed' }).waitFor();
  await page.locator('#sched-horizon').fill('3');
  await page.waitForFunction(() => document.querySelectorAll('.sched-card').length === 3);
  await allSaved(page);
  await page.reload();
  await page.locator('.sched-card').first().waitFor();
  assert.equal(await page.locator('#sched-seats').inputValue(), '4');
  assert.equal(await page.locator('.sched-card').count(), 3);
  assertNoErrors(errors);
  await context.close();
});
