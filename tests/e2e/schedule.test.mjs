// Journey: plan the attendee rotation. A roster of 30 built through the roster page, a weekly
// cadence, the rules checked on screen, hand changes that re-plan and survive a reload, the
// .ics download, and turning a planned meeting into a real one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, usePhone, overflow, DESKTOP } from './support.mjs';

const browser = useBrowser();

const two = (n) => String(n).padStart(2, '0');
const SALES = Array.from({ length: 12 }, (_, i) => `Sales ${two(i + 1)}`);
const MARKETING = Array.from({ length: 12 }, (_, i) => `Marketing ${two(i + 1)}`);
const SUPPORT = ['Support 1', 'Support 2'];
const EXECUTIVES = [['Exec Sales', 'sales'], ['Exec Marketing', 'marketing']];
const CORE = [['Core Sales', 'sales'], ['Core Marketing', 'marketing']];
const teamOf = (name) => (name.startsWith('Sales') || name === 'Core Sales' ? 'Sales'
  : name.startsWith('Marketing') || name === 'Core Marketing' ? 'Marketing' : 'Support');

async function addPerson(page, name, team, { otherLabel, executive = false, core = false } = {}) {
  const form = page.locator('form.add-person');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await page.locator('#new-person-team').selectOption(team);
  if (otherLabel) await form.getByLabel('Which team').fill(otherLabel);
  if (executive) await form.getByLabel(/^Executive/).check();
  if (core) await form.getByLabel(/^Core member/).check();
  await form.getByRole('button', { name: 'Add person' }).click();
}

async function buildRoster(page) {
  for (const name of SALES) await addPerson(page, name, 'sales');
  for (const name of MARKETING) await addPerson(page, name, 'marketing');
  for (const name of SUPPORT) await addPerson(page, name, 'other', { otherLabel: 'Support' });
  for (const [name, team] of EXECUTIVES) await addPerson(page, name, team, { executive: true });
  for (const [name, team] of CORE) await addPerson(page, name, team, { core: true });
  assert.equal(await page.locator('.person-row').count(), 30);
  await allSaved(page);
}

async function openSchedule(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
}

/** The planned meetings as the page shows them. */
const readPlan = (page) => page.locator('.sched-card').evaluateAll((cards) => cards.map((card) => {
  const split = card.querySelector('.sched-split').dataset;
  return {
    date: card.dataset.date,
    title: card.querySelector('h3').textContent,
    attendees: [...card.querySelectorAll('.sched-attendees li')].map((li) => ({
      name: li.querySelector('.sched-name').textContent,
      reason: li.querySelector('.sched-reason').textContent,
    })),
    noteTaker: card.querySelector('.sched-note-taker strong').textContent,
    split: { sales: Number(split.sales), marketing: Number(split.marketing), other: Number(split.other) },
  };
}));

const names = (meeting) => meeting.attendees.map((a) => a.name);

/** Resolves at the page's next DOM change, or after `ms` if there is none. */
const nextChange = (page, ms) => page.evaluate((ms) => new Promise((done) => {
  const observer = new MutationObserver(() => { observer.disconnect(); done(); });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  setTimeout(() => { observer.disconnect(); done(); }, ms);
}), ms);

/** Waits until the first planned meeting satisfies `ok` (read again at every change of the
 *  page, for up to 5 s), then returns the plan. */
async function waitForPlan(page, ok, what) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const plan = await readPlan(page);
    if (plan.length > 0 && ok(plan)) return plan;
    await nextChange(page, deadline - Date.now());
  }
  assert.fail(`the plan never showed: ${what}`);
}

function checkRules(plan) {
  assert.ok(plan.length >= 4, 'at least four meetings are planned');
  plan.slice(0, 4).forEach((meeting, i) => {
    const who = names(meeting);
    assert.ok(who.length <= 9, `${meeting.date}: ${who.length} attendees is over the cap`);
    assert.equal(new Set(who).size, who.length, `${meeting.date}: someone is listed twice`);
    for (const [core] of CORE) assert.ok(who.includes(core), `${meeting.date}: ${core} is missing`);
    assert.ok(!who.some((n) => n.startsWith('Exec')), `${meeting.date}: an executive attends`);
    assert.ok(who.includes(meeting.noteTaker), `${meeting.date}: note-taker ${meeting.noteTaker} does not attend`);
    if (i > 0) assert.notEqual(meeting.noteTaker, plan[i - 1].noteTaker, `${meeting.date}: same note-taker twice running`);
    const { sales, marketing, other } = meeting.split;
    assert.equal(sales + marketing + other, who.length, `${meeting.date}: the split does not add up`);
    assert.ok(sales > 0 && marketing > 0 && Math.abs(sales - marketing) <= 1,
      `${meeting.date}: ${sales} sales vs ${marketing} marketing is not balanced`);
    for (const a of meeting.attendees) assert.ok(a.reason.length > 0, `${a.name} has no reason`);
  });
}

test('a roster of 30 gets a fair weekly rotation; hand changes re-plan, persist and export', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/roster' });
  await buildRoster(page);
  await openSchedule(page);

  // Set a weekly cadence: Wednesdays 09:30 from 1 January 2030 (a Tuesday).
  await page.locator('#sched-frequency').selectOption('weekly');
  await page.locator('#sched-weekday').selectOption('Wednesday');
  await page.locator('#sched-time').fill('09:30');
  await page.locator('#sched-start').fill('2030-01-01');
  await page.locator('.sched-card').first().waitFor();
  let plan = await waitForPlan(page, (p) => p[0].date === '2030-01-02', 'first meeting on 2 Jan 2030');
  assert.equal(plan.length, 8, 'the default horizon is 8 meetings');
  assert.deepEqual(plan.slice(0, 4).map((m) => m.date), ['2030-01-02', '2030-01-09', '2030-01-16', '2030-01-23']);
  assert.match(plan[0].title, /^Wed 2 Jan 2030, 09:30/);
  checkRules(plan);
  assert.equal(plan[0].attendees.find((a) => a.name === 'Core Sales').reason, 'core member');

  // A seat cap over 9 (or under 2) is refused in place and nothing changes.
  await page.locator('#sched-seats').fill('12');
  await page.locator('#sched-seats-message', { hasText: '12 is not allowed' }).waitFor();
  assert.equal(await page.locator('#sched-seats').getAttribute('aria-invalid'), 'true');
  await page.locator('#sched-seats').fill('1');
  await page.locator('#sched-seats-message', { hasText: '1 is not allowed' }).waitFor();
  assert.deepEqual(await readPlan(page), plan, 'a refused seat cap changed the plan');
  await page.locator('#sched-seats').fill('9');
  await page.locator('#sched-seats-message').filter({ hasText: /^$/ }).waitFor();

  // Fairness at a glance.
  const fairness = page.locator('.sched-fairness');
  assert.match(await fairness.locator('.sched-fair-summary').innerText(), /attends \d(–\d)? of the next 8 meetings/);
  assert.match(await fairness.locator('.sched-mixing').innerText(), /\d+% of possible pairs meet/);
  assert.equal(await fairness.locator('tbody tr').count(), 28, 'everyone but the executives has a row');
  assert.deepEqual(await fairness.locator('thead th').allInnerTexts(), ['Person', 'Team', 'Meetings', 'Longest gap']);

  // Request someone who is not in the first meeting: they attend it, with the reason.
  const requested = MARKETING.find((n) => !names(plan[0]).includes(n));
  await page.locator('#sched-request-person').selectOption({ label: `${requested} (Marketing)` });
  await page.getByRole('button', { name: 'Request', exact: true }).click();
  plan = await waitForPlan(page, (p) => names(p[0]).includes(requested), `${requested} in the first meeting`);
  assert.equal(plan[0].attendees.find((a) => a.name === requested).reason, 'requested: raised a problem');
  checkRules(plan);

  // Mark someone in the first meeting unavailable that day: they drop out, the seat is refilled.
  const away = names(plan[0]).find((n) => /^(Sales|Marketing) \d/.test(n) && n !== requested);
  await page.locator('#sched-away-person').selectOption({ label: `${away} (${teamOf(away)})` });
  assert.equal(await page.locator('#sched-away-date').inputValue(), '2030-01-02');
  await page.getByRole('button', { name: 'Mark unavailable' }).click();
  plan = await waitForPlan(page, (p) => !names(p[0]).includes(away), `${away} out of the first meeting`);
  assert.ok(names(plan[0]).includes(requested), 'the request is kept after the re-plan');
  checkRules(plan);

  // Reshuffle picks a new seed; the hand changes stay.
  await page.getByRole('button', { name: 'Reshuffle' }).click();
  plan = await waitForPlan(page, (p) => names(p[0]).includes(requested) && !names(p[0]).includes(away), 'changes kept');
  checkRules(plan);

  await allSaved(page);
  const changes = page.locator('.sched-change-list li');
  assert.deepEqual(await changes.locator('.sched-change-text').allInnerTexts(), [
    `${requested} requested for the next meeting: raised a problem`,
    `${away} unavailable on Wed 2 Jan 2030`,
  ]);
  await screenshot(page, 'schedule-desktop');

  // No WCAG A/AA problems on the page.
  const axe = await new AxeBuilder({ page }).include('.sched-page').withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);

  // Reload: the same schedule and the same hand changes.
  await page.reload();
  await page.locator('.sched-card').first().waitFor();
  assert.deepEqual(await readPlan(page), plan, 'the plan changed across a reload');
  assert.equal(await changes.count(), 2);
  assert.equal(await page.locator('#sched-seats').inputValue(), '9');
  assert.equal(await page.locator('#sched-weekday').inputValue(), 'Wednesday');

  // The .ics download: one event per planned meeting.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^smarketing-schedule-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, 8);
  assert.match(ics, /DTSTART:20300102T093000/);
  assert.ok(ics.includes(requested), 'the requested person is invited');

  // Skip the second date (a holiday): the plan still has 8 meetings, none on that day.
  await page.locator('.sched-card[data-date="2030-01-09"]').getByRole('button', { name: /^Skip this date/ }).click();
  plan = await waitForPlan(page, (p) => !p.some((m) => m.date === '2030-01-09'), 'no meeting on 9 Jan');
  assert.equal(plan.length, 8);
  assert.equal(plan[1].date, '2030-01-16');
  checkRules(plan);

  // Swap by hand at the first meeting: kept, with its reason, and the rest re-planned.
  const first = page.locator('.sched-card').first();
  const out = names(plan[0]).find((n) => /^(Sales|Marketing) \d/.test(n) && n !== requested);
  const into = SALES.find((n) => !names(plan[0]).includes(n) && n !== away);
  await first.getByText('Swap someone at this meeting').click();
  await first.getByLabel('Gives up the seat').selectOption({ label: out });
  await first.getByLabel('Takes the seat').selectOption({ label: `${into} (Sales)` });
  await first.getByRole('button', { name: 'Swap', exact: true }).click();
  plan = await waitForPlan(page, (p) => names(p[0]).includes(into) && !names(p[0]).includes(out), 'the swap');
  assert.equal(plan[0].attendees.find((a) => a.name === into).reason, 'swapped in by hand');
  assert.ok(names(plan[0]).length <= 9);
  await allSaved(page);
  await page.reload();
  await page.locator('.sched-card').first().waitFor();
  assert.deepEqual(await readPlan(page), plan, 'skip and swap did not survive a reload');
  assert.equal(await changes.count(), 4);

  // The phone: no sideways scrolling.
  await usePhone(page);
  const wider = await overflow(page);
  assert.ok(wider <= 0, `page is ${wider}px wider than the phone`);
  await screenshot(page, 'schedule-phone');
  await page.setViewportSize(DESKTOP);

  // Turn the first planned meeting into a real one: its live screen opens with those people.
  await first.getByRole('button', { name: 'Create this meeting' }).click();
  await page.waitForURL(/#\/meeting\/[0-9a-f-]{36}$/);
  await page.locator('.clock-panel').waitFor();
  const line = await page.locator('main').innerText();
  for (const name of names(plan[0])) assert.ok(line.includes(name), `${name} is not in the created meeting`);
  await allSaved(page);
  await openSchedule(page);
  await page.locator('.sched-card').first().getByRole('link', { name: 'Open this meeting' }).waitFor();

  // Once that meeting is held (its clock started), the rotation continues after it: the plan
  // starts at the next date, and those who just attended wait their turn again.
  await page.locator('.sched-card').first().getByRole('link', { name: 'Open this meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await allSaved(page);
  await openSchedule(page);
  const held = plan[0];
  plan = await waitForPlan(page, (p) => p[0].date === '2030-01-16', 'the plan moves past the held meeting');
  const rotated = (m) => names(m).filter((n) => !n.startsWith('Core'));
  assert.deepEqual(rotated(plan[0]).filter((n) => rotated(held).includes(n)), [], 'someone attends twice running');
  assert.notEqual(plan[0].noteTaker, held.noteTaker);
  await page.locator('.sched-change-text', { hasText: `${requested} requested for the next meeting: raised a problem (done: they attended)` }).waitFor();

  assertNoErrors(errors);
  await context.close();
});

test('scheduler problems show as messages, typed text stays text, and bad numbers save nothing', async () => {
  const { context, page, errors } = await openApp(browser(), { hash: '#/schedule' });
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Plan meetings' }).click();
  await page.getByRole('alert').filter({ hasText: 'Nobody can be scheduled' }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
  const tricky = '<b>Bold</b> & <img src=x onerror=alert(1)>';
  await addPerson(page, tricky, 'sales', { core: true });
  await addPerson(page, 'Core Two', 'marketing', { core: true });
  await addPerson(page, 'Core Three', 'marketing', { core: true });
  await addPerson(page, 'Rota One', 'sales');
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
