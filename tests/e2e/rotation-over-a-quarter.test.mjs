// Journey: the rotation over a quarter. The 14-person roster (6 sales, one of them the core
// facilitator with an email, 6 marketing, 1 support, 1 executive), twelve planned weeks, and three
// weekly meetings run with action items, moving a week at a time with Playwright's clock. Checked
// on screen: equal turns (the lone support person too), owners seated at the meeting that reviews
// their items, an absent owner marked for a written update and seated the week after, the
// attendee cap refusing a tenth person, an executive only with "Invite anyway", and the .ics
// keeping its UIDs when the plan changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, importFile, APP_URL, PHONE, DESKTOP,
} from './support.mjs';

const browser = useBrowser();

const WEEK = 7 * 24 * 60 * 60 * 1000;
const FACILITATOR = 'Fran Facilitator';
const EXECUTIVE = 'Vic President';
const SUPPORT = 'Sam Support';
const SALES = ['Sal 1', 'Sal 2', 'Sal 3', 'Sal 4', 'Sal 5'];
const MARKETING = ['Mar 1', 'Mar 2', 'Mar 3', 'Mar 4', 'Mar 5', 'Mar 6'];
const ROTATING = [...SALES, ...MARKETING, SUPPORT];

/** The roster as a workspace file: imported once, as a team moving from a spreadsheet would. */
function rosterFile() {
  const person = (i, name, team, extra = {}) => ({
    id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
    name, team, executive: false, core: false, active: true, executive_opt_in: false,
    email: null, group: null, created_at: 1764000000000 + i, updated_at: 1764000000000 + i, ...extra,
  });
  const people = [
    person(0, FACILITATOR, { kind: 'sales' }, { core: true, email: 'fran@example.com' }),
    ...SALES.map((name, i) => person(1 + i, name, { kind: 'sales' })),
    ...MARKETING.map((name, i) => person(10 + i, name, { kind: 'marketing' })),
    person(20, SUPPORT, { kind: 'other', label: 'Support' }),
    person(21, EXECUTIVE, { kind: 'sales' }, { executive: true }),
  ];
  return JSON.stringify({
    format: 'smarketing-meetings', schema_version: 2, app_version: '0.1.0',
    exported_at: '2029-12-20T16:00:00.000Z', kind: 'workspace', people,
    templates: [], meetings: [], tally_events: [], problems: [], action_items: [], minutes: [],
  });
}

/** The planned meetings as the schedule page shows them. */
const readPlan = (page) => page.locator('.sched-card').evaluateAll((cards) => cards.map((card) => ({
  date: card.dataset.date,
  attendees: [...card.querySelectorAll('.sched-attendees li')].map((li) => ({
    name: li.querySelector('.sched-name').textContent,
    reason: li.querySelector('.sched-reason').textContent,
  })),
  written: [...card.querySelectorAll('.sched-written li')].map((li) => li.textContent),
})));

/** Name → "n of m" as the fairness table shows it, with whether the row is outside the band. */
const readFairness = (page) => page.locator('.sched-fairness tbody tr').evaluateAll((rows) => rows.map((row) => ({
  name: row.querySelector('th').textContent.replace(' (core)', ''),
  rate: row.querySelector('.sched-rate').firstChild.textContent,
  outside: row.querySelector('.sched-band') !== null,
})));

async function openSchedule(page) {
  await page.goto(`${APP_URL}#/schedule`);
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
}

/** Waits until the first planned meeting is on `date`, then returns the plan. */
async function planFrom(page, date) {
  await page.locator(`.sched-card[data-date="${date}"]`).first().waitFor();
  const plan = await readPlan(page);
  assert.equal(plan[0].date, date);
  return plan;
}

async function downloadIcs(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const unfolded = text.replace(/\r\n /g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1).map((event) => {
    const field = (name) => event.match(new RegExp(`\\r\\n${name}[:;]([^\\r]*)`))?.[1];
    return { uid: field('UID'), start: field('DTSTART'), organizer: field('ORGANIZER'), sequence: Number(field('SEQUENCE')) };
  });
  return events;
}

/** Presses a meeting shortcut with no field focused. */
async function key(page, name) {
  await page.locator('h1').first().click();
  await page.keyboard.press(name);
}

const selectedText = (select) => select.evaluate((el) => el.selectedOptions[0]?.textContent.trim());

/** Creates the first planned meeting, starts it and gives `count` attendees an action item each. */
async function runFirstPlannedMeeting(page, date, count, label) {
  const card = page.locator(`.sched-card[data-date="${date}"]`);
  await card.getByRole('button', { name: /Create this meeting/ }).click();
  await page.locator('.clock-panel').waitFor();
  await key(page, 'Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const review = await page.locator('.oc-loop').first().innerText();
  for (let segment = 2; segment <= 4; segment += 1) {
    await key(page, 'n');
    await page.locator('.segment-position', { hasText: `Segment ${segment} of 4` }).waitFor();
  }
  const owners = [];
  const what = page.locator('#new-action-what');
  for (let i = 1; i <= count; i += 1) {
    owners.push(await selectedText(page.locator('#new-action-owner')));
    await what.fill(`${label} deliverable ${i}`);
    await what.press('Enter');
    await page.getByRole('listitem', { name: `Action item: ${label} deliverable ${i}` }).waitFor();
  }
  await allSaved(page);
  return { owners, review };
}

test('over a quarter: equal turns, owners at their review, the cap on every path, stable calendar UIDs', async () => {
  const start = new Date('2030-01-08T08:00:00');
  const { page, errors } = await openApp(browser(), { hash: '#/roster', clock: start });
  await importFile(page, 'quarter-roster.json', rosterFile());
  await page.locator('.app-header').waitFor();

  // Twelve weeks of Tuesdays at 09:30.
  await openSchedule(page);
  await page.locator('#sched-weekday').selectOption('Tuesday');
  await page.locator('#sched-time').fill('09:30');
  await page.locator('#sched-start').fill('2030-01-08');
  await page.locator('#sched-horizon').fill('12');
  await page.locator('.sched-card').nth(11).waitFor();
  let plan = await planFrom(page, '2030-01-08');
  assert.equal(plan.length, 12);
  for (const meeting of plan) {
    const who = meeting.attendees.map((a) => a.name);
    assert.ok(who.length <= 9, `${meeting.date}: ${who.length} attendees`);
    assert.ok(who.includes(FACILITATOR) && !who.includes(EXECUTIVE), meeting.date);
  }
  // Equal turns whatever the team's size: 8 rotation seats over 12 people, 8 of 12 each. The
  // lone support person was planned into every meeting before.
  const counts = Object.fromEntries(ROTATING.map((name) => [name, plan.filter((m) => m.attendees.some((a) => a.name === name)).length]));
  assert.ok(Math.max(...Object.values(counts)) - Math.min(...Object.values(counts)) <= 1, JSON.stringify(counts));
  assert.ok(counts[SUPPORT] < 12, `support attends ${counts[SUPPORT]} of 12`);
  let fairness = await readFairness(page);
  for (const name of ROTATING) {
    const row = fairness.find((r) => r.name === name);
    assert.equal(row.rate, `${counts[name]} of 12`, name);
    assert.equal(row.outside, false, `${name} is outside the band`);
  }
  assert.match(await page.locator('.sched-fair-summary').innerText(), /Everyone is within one meeting of the average/);
  // Reasons tell the truth: nobody is "longest since last attended" right after attending.
  for (let i = 1; i < plan.length; i += 1) {
    for (const a of plan[i].attendees) {
      const attendedBefore = plan[i - 1].attendees.some((b) => b.name === a.name);
      if (a.reason === 'longest since last attended') assert.ok(!attendedBefore, `${plan[i].date}: ${a.name}`);
    }
  }
  const icsBefore = await downloadIcs(page);
  assert.equal(icsBefore.length, 12);
  assert.ok(icsBefore.every((e) => /^\d{8}T\d{6}Z$/.test(e.start)), 'times carry a zone (UTC)');
  assert.ok(icsBefore.every((e) => e.organizer.endsWith(':mailto:fran@example.com')), icsBefore[0].organizer);
  await screenshot(page, 'rotation-quarter-plan-desktop');

  // ---------- Week 1: the first meeting gives four people an action item ----------
  const week1 = await runFirstPlannedMeeting(page, '2030-01-08', 4, 'Week 1');
  assert.match(week1.review, /Nothing carried over/);

  // ---------- Week 2: those owners present; one is away and owes a written update ----------
  await page.clock.fastForward(WEEK);
  await openSchedule(page);
  plan = await planFrom(page, '2030-01-15');
  for (const owner of week1.owners) {
    const seat = plan[0].attendees.find((a) => a.name === owner);
    assert.ok(seat, `${owner} owns an item due now and is not seated`);
    if (owner !== FACILITATOR) assert.match(seat.reason, /^presents: Week 1 deliverable \d/);
  }
  const away = week1.owners.find((o) => o !== FACILITATOR);
  await page.locator('#sched-away-person').selectOption({ label: `${away} (${SALES.includes(away) ? 'Sales' : MARKETING.includes(away) ? 'Marketing' : 'Support'})` });
  await page.locator('#sched-away-date').selectOption('2030-01-15');
  await page.getByRole('button', { name: 'Mark unavailable' }).click();
  await page.locator('.sched-card[data-date="2030-01-15"] .sched-written').waitFor();
  plan = await readPlan(page);
  assert.ok(!plan[0].attendees.some((a) => a.name === away));
  assert.match(plan[0].written.join('\n'), new RegExp(`${away}: “Week 1 deliverable \\d” \\(away that day\\)`));
  await allSaved(page);
  const card = page.locator('.sched-card[data-date="2030-01-15"]');
  const axe = await new AxeBuilder({ page }).include('.sched-card').withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await card.screenshot({ path: new URL('./artifacts/rotation-quarter-written-update.png', import.meta.url).pathname });

  const week2 = await runFirstPlannedMeeting(page, '2030-01-15', 3, 'Week 2');
  // The review segment named the absent owner's item.
  assert.match(week2.review, new RegExp(`Week 1 deliverable \\d[^]*absent: ask for a written update`));

  // ---------- Week 3: the absent owner presents now, with week 2's owners ----------
  await page.clock.fastForward(WEEK);
  await openSchedule(page);
  plan = await planFrom(page, '2030-01-22');
  for (const owner of [away, ...week2.owners]) {
    assert.ok(plan[0].attendees.some((a) => a.name === owner), `${owner} is not seated at their review`);
  }
  assert.match(plan[0].attendees.find((a) => a.name === away).reason, /^presents: Week 1 deliverable/);
  assert.ok(plan[0].attendees.length <= 9);
  await runFirstPlannedMeeting(page, '2030-01-22', 2, 'Week 3');

  // ---------- Week 4: the rest of the quarter stays fair ----------
  await page.clock.fastForward(WEEK);
  await openSchedule(page);
  plan = await planFrom(page, '2030-01-29');
  for (const meeting of plan) assert.ok(meeting.attendees.length <= 9, meeting.date);
  fairness = await readFairness(page);
  const rates = ROTATING.map((name) => Number(fairness.find((r) => r.name === name).rate.split(' of ')[0]));
  assert.ok(Math.max(...rates) - Math.min(...rates) <= 2, `rates ${rates}`);
  await screenshot(page, 'rotation-quarter-week4-desktop');
  await page.setViewportSize(PHONE);
  const artifact = (name) => new URL(`./artifacts/${name}.png`, import.meta.url).pathname;
  await page.locator('.sched-card').first().screenshot({ path: artifact('rotation-quarter-card-phone') });
  await page.locator('.sched-fairness').screenshot({ path: artifact('rotation-quarter-fairness-phone') });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page is wider than a phone');
  await page.setViewportSize(DESKTOP);

  // The calendar, exported again after three meetings and a hand change, updates in place.
  const icsAfter = await downloadIcs(page);
  const uidOn = (events) => Object.fromEntries(events.map((e) => [e.start.slice(0, 8), e.uid]));
  const [before, afterwards] = [uidOn(icsBefore), uidOn(icsAfter)];
  const shared = Object.keys(afterwards).filter((day) => day in before);
  assert.ok(shared.length >= 8, `only ${shared.length} dates in both exports`);
  for (const day of shared) assert.equal(afterwards[day], before[day], `UID changed on ${day}`);
  assert.ok(icsAfter[0].sequence > icsBefore[0].sequence, 'the newer export has a higher SEQUENCE');

  // ---------- Planning by hand: never a tenth person, an executive only when invited ----------
  await page.goto(`${APP_URL}#/meeting`);
  await page.getByRole('heading', { name: 'Plan a meeting' }).waitFor();
  const picker = page.locator('.attendee-picker');
  for (const name of [...SALES, ...MARKETING.slice(0, 3)]) await picker.getByRole('checkbox', { name }).check();
  await picker.getByText('(9 chosen, at most 9)').waitFor();
  const tenth = picker.getByRole('checkbox', { name: MARKETING[3] });
  await tenth.click();
  await page.locator('#new-meeting-picker-message', { hasText: 'At most 9 attendees: leave someone for the next meeting.' }).waitFor();
  assert.equal(await tenth.isChecked(), false, 'a tenth attendee was ticked');
  await picker.getByText('(9 chosen, at most 9)').waitFor();

  await picker.getByRole('checkbox', { name: SALES[0] }).uncheck();
  const executive = picker.getByRole('checkbox', { name: EXECUTIVE });
  await executive.click();
  const invite = page.getByRole('group', { name: `Invite ${EXECUTIVE}?` });
  await invite.waitFor();
  assert.equal(await executive.isChecked(), false, 'the executive was added without confirmation');
  const inviteAxe = await new AxeBuilder({ page }).include('.attendee-picker').withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(inviteAxe.violations.map((v) => v.id), []);
  await screenshot(page, 'rotation-quarter-invite-anyway-desktop');
  await invite.getByRole('button', { name: 'Invite anyway' }).click();
  assert.equal(await executive.isChecked(), true);
  await picker.getByText('(9 chosen, at most 9)').waitFor();
  assertNoErrors(errors);
});
