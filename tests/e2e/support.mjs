// Shared set-up for the end-to-end journeys: the system Chromium, the app's URL, and a page
// that fails its test on any console error or uncaught exception (how a broken bundle shows).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:8181/smarketing/';
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export const DESKTOP = { width: 1280, height: 900 };
/** The app's own header: index.html paints a look-alike (inside #app-loading) until it starts. */
export const APP_READY = 'body > .app-header';
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Launches the browser before the file's tests and closes it after them (a browser left open
 *  hangs the run); returns a function that gives it to the tests. */
export function useBrowser() {
  let browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });
  return () => browser;
}

/**
 * Opens the app at `hash` in a fresh profile and returns the page plus its collected errors.
 * With `clock` (a Date or epoch milliseconds; `true`: now), Playwright's clock is installed at
 * that time first, so the journey moves time with `page.clock` instead of waiting. With
 * `failOnDialogs`, a dialog the page opens (alert, confirm) is an error too: the app asks its
 * questions in the page.
 */
export async function openApp(browser, { hash = '#/roster', viewport = DESKTOP, initScript, clock, failOnDialogs } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (clock) await context.clock.install(clock === true ? {} : { time: clock });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}\n${error.stack}`));
  if (failOnDialogs) {
    page.on('dialog', async (dialog) => { errors.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  }
  await page.goto(APP_URL + hash);
  await page.locator(APP_READY).waitFor();
  return { context, page, errors };
}

/** Finishes the running meeting, saying yes when asked about segments not started yet. */
export async function finishMeeting(page) {
  await page.getByRole('button', { name: 'Finish meeting' }).click();
  const anyway = page.getByRole('button', { name: 'Finish now' });
  const finished = page.locator('.finished-panel');
  await anyway.or(finished).first().waitFor();
  if (await anyway.isVisible()) await anyway.click();
  await finished.waitFor();
}

/** Waits until every change has reached IndexedDB, as the status line reports. */
export async function allSaved(page) {
  await page.locator('.save-status', { hasText: 'All changes saved' }).waitFor();
}

/**
 * Waits until the shell's notices are here: they download once the first page has shown and
 * the browser is idle, so a notice that is absent before then proves nothing.
 */
export async function noticesArrived(page) {
  await page.locator('.shell-notices').waitFor({ state: 'attached' });
}

/**
 * Prints how long the room display took to follow each facilitator action. A delay is a
 * performance figure: the bench (scripts/bench.sh) sets ROOM_DELAY_BUDGET_MS and holds each
 * delay to it; a journey under a busy machine only reports them.
 */
export function reportRoomDelays(timings) {
  console.log(`room display delays (ms): ${JSON.stringify(timings)}`);
  const budget = Number(process.env.ROOM_DELAY_BUDGET_MS);
  if (!budget) return;
  for (const [action, ms] of Object.entries(timings)) {
    assert.ok(ms <= budget, `${action} showed on the room display after ${ms} ms (budget ${budget} ms)`);
  }
}

export function assertNoErrors(errors) {
  assert.deepEqual(errors, [], 'the page logged errors');
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
}

/**
 * Waits until the service worker serves this page and has kept every file of its list, and the
 * page has downloaded every area's code (its idle-time prefetch).
 */
export async function wholeAppDownloaded(page) {
  const worker = await (await page.request.get(APP_URL + 'sw.js')).text();
  const { files } = JSON.parse(worker.match(/^const BUILD = (.*);$/m)[1]);
  await page.waitForFunction(async (count) => {
    if (navigator.serviceWorker.controller?.state !== 'activated') return false;
    const [name] = await caches.keys();
    return Boolean(name) && (await (await caches.open(name)).keys()).length === count;
  }, files.length);
  // And the page's own idle-time downloads (the other areas' code) are done: going offline
  // in the middle of one fails the next navigation in Chromium, as a dropped network would.
  const areas = files.filter((file) => file.startsWith('split_'));
  await page.waitForFunction(
    (names) =>
      names.every((name) =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes(name)),
      ),
    areas,
  );
  await page.waitForLoadState('networkidle');
}

/** A workspace file with `count` people: every tenth in the EMEA group, the last one inactive. */
export function rosterFile(count) {
  const people = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return {
      id: `00000000-0000-4000-8000-000000000${n}`,
      name: `Person ${n}`,
      team: { kind: i % 2 ? 'marketing' : 'sales' },
      executive: false,
      core: false,
      active: i < count - 1,
      executive_opt_in: false,
      email: null,
      group: i % 10 === 0 ? 'EMEA' : null,
      created_at: 1764000000000 + i,
      updated_at: 1764000000000 + i,
    };
  });
  return JSON.stringify({
    format: 'smarketing-meetings', schema_version: 2, app_version: '0.1.0',
    exported_at: '2026-11-24T16:00:00.000Z', kind: 'workspace', people,
    templates: [], meetings: [], tally_events: [], problems: [], action_items: [], minutes: [],
  });
}

/** Chooses `text` as the file `name` on the Import/Export page: its preview or its refusal follows. */
export async function chooseImportFile(page, name, text) {
  await page.goto(APP_URL + '#/exchange');
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Clicks `button` (an Import) and waits for the reload that follows a successful import. */
export async function importAndReload(page, button) {
  const reloaded = page.waitForEvent('load');
  await button.click();
  await reloaded;
}

/** Imports `text` as a file through the Import/Export page and waits for the reload after it. */
export async function importFile(page, name, text) {
  await chooseImportFile(page, name, text);
  const preview = page.getByRole('region', { name: `Ready to import ${name}` });
  await importAndReload(page, preview.getByRole('button', { name: 'Import' }));
}

/** Every record of every store, as the page's IndexedDB holds it. */
export async function dumpDb(page) {
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

/** Ada, Ben and Cy on the roster and a started meeting of theirs (Ben takes the notes) with four
 *  taps: a small workspace with every kind of link, built through the UI. */
export async function buildWorkspace(page) {
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

/** Exports the whole workspace from the Import/Export page; returns the file's text. */
export async function exportWorkspace(page) {
  await page.goto(APP_URL + '#/exchange');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export whole workspace' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^smarketing-\d{4}-\d{2}-\d{2}-workspace\.json$/);
  return readFileSync(await file.path(), 'utf8');
}

/** Builds the small workspace of [buildWorkspace] and returns its export, parsed. */
export async function builtWorkspaceFile(page) {
  await buildWorkspace(page);
  return JSON.parse(await exportWorkspace(page));
}

/** The roster's names as its rows show them (a row open for editing shows its name field). */
export const rosterNames = (page) => page.locator('.person-row').evaluateAll((rows) => rows.map((row) =>
  row.querySelector('input.person-name')?.value ?? row.querySelector('.person-line-name').textContent));

/** Opens a roster row for editing (rows are one-line summaries) and returns its name field. */
export async function editRow(row, options) {
  await row.getByRole('button', { name: /^Edit / }).click(options);
  return row.locator('input.person-name');
}

/** Adds Ada (Sales) and Ben (Marketing) on the roster page, then creates a meeting with both
 *  on the Meeting page and waits for its live screen. */
export async function meetingOfAdaAndBen(page) {
  for (const [name, team] of [['Ada', 'sales'], ['Ben', 'marketing']]) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption(team);
    await page.getByRole('button', { name: 'Add person' }).click();
  }
  await page.goto(APP_URL + '#/meeting');
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
}

/**
 * Runs `operation` (`get`, `getAll`, `count`, `put`, `clear`) with `args` on the app's IndexedDB
 * store `store`, past the app, and returns its result: how a journey plants a damaged record,
 * empties a store or checks what is stored.
 */
export const storeRequest = (page, store, operation, ...args) => page.evaluate(([store, operation, args]) => new Promise((ok, fail) => {
  const open = indexedDB.open('smarketing');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const writes = ['put', 'clear'].includes(operation);
    const tx = open.result.transaction(store, writes ? 'readwrite' : 'readonly');
    const request = tx.objectStore(store)[operation](...args);
    tx.oncomplete = () => { open.result.close(); ok(request.result); };
    tx.onerror = () => fail(tx.error);
  };
}), [store, operation, args]);

/** On the Import/Export page, the whole-workspace export is refused, with nothing downloaded,
 *  because some stored records did not read: an export without them would not be a whole copy. */
export async function assertWholeExportRefused(page) {
  await page.goto(APP_URL + '#/exchange');
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.getByRole('button', { name: 'Export whole workspace' }).click();
  await page.locator('.field-error', { hasText: 'an export now would not be a whole copy' }).waitFor();
  assert.equal(downloaded, false);
}

/** What axe finds against WCAG 2 A and AA on the page, one line per rule with its places. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A playbook entry's card, found by its heading. */
export const playbookCard = (page, heading) =>
  page.locator('article.pb-entry').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

/** Clicks the Playbook page's `button` ('Add a commitment', 'Add a shared goal') and returns
 *  the new card, the last of `topic` ('sla', 'kpi'). */
export async function addPlaybookEntry(page, button, topic) {
  await page.getByRole('button', { name: button }).click();
  return page.locator(`article.pb-entry[data-topic="${topic}"]`).last();
}

/** Adds the Sales SLA commitment "Follow up every MQL" (at most 24 `unit` per lead) on the
 *  Playbook page, which must be open; returns its card. */
export async function addSlaCommitment(page, unit) {
  const sla = await addPlaybookEntry(page, 'Add a commitment', 'sla');
  await sla.getByLabel('Commitment').fill('Follow up every MQL');
  await sla.getByLabel('Measure').fill('Hours to the first call');
  await sla.getByLabel('Time limit or period').fill('per lead');
  await sla.getByLabel('Target').selectOption('at_most');
  await sla.getByLabel('Value').fill('24');
  await sla.getByLabel('Unit').fill(unit);
  return sla;
}

/** Adds `people` ([name, team, email?]) on the roster page and waits until they are saved. */
export async function addPeople(page, people) {
  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  for (const [name, team, email] of people) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption(team);
    await page.getByLabel('Email (optional)').fill(email ?? '');
    await page.getByRole('button', { name: 'Add person' }).click();
  }
  await allSaved(page);
}

/** Creates a meeting of `names` with `noteTaker` (at `when`, a datetime-local value, if given)
 *  on the default agenda (the built-in weekly one) from the Meeting page opened by its address,
 *  and waits for its live screen; returns when it is scheduled. */
export async function planMeeting(page, names, noteTaker, when) {
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('heading', { name: 'Plan a meeting' }).waitFor();
  for (const name of names) await page.getByRole('checkbox', { name }).check();
  await page.locator('#new-meeting-note-taker').selectOption({ label: noteTaker });
  if (when) await page.locator('#new-meeting-when').fill(when);
  const scheduled = await page.locator('#new-meeting-when').inputValue();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  return scheduled;
}

/** Adds Gus (Sales) and creates a meeting with him due on 5 January 2026, long past: its live
 *  screen says it was due to start. Starts it with that banner's Start now button; returns the
 *  banner. */
export async function startOverdueMeetingOfGus(page) {
  await addPeople(page, [['Gus', 'sales']]);
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('checkbox', { name: 'Gus' }).check();
  await page.locator('#new-meeting-when').fill('2026-01-05T09:00');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'This meeting was due to start' });
  await banner.waitFor();
  await banner.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  return banner;
}

/** Presses a meeting shortcut with no field focused. */
export async function pressShortcut(page, key) {
  await page.locator('h1').first().click();
  await page.keyboard.press(key);
}

/** Waits until the live meeting shows segment `n` of its four. */
export async function waitForSegment(page, n) {
  await page.locator('.segment-position', { hasText: `Segment ${n} of 4` }).waitFor();
}

/** Moves the live meeting on to segment `n` with the N shortcut. */
export async function nextSegment(page, n) {
  await pressShortcut(page, 'n');
  await waitForSegment(page, n);
}

/** The text of the option a select shows. */
export const selectedText = (select) => select.evaluate((el) => el.selectedOptions[0]?.textContent.trim());

/** Typed text such as `<img src=x onerror=…>` must never become an element. */
export async function assertNoImages(page) {
  assert.equal(await page.locator('img').count(), 0, 'an <img> was created from typed text');
}

/** How many pixels the page is wider than the window (0 or less: it fits). */
export const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Fails if the page (`what`, for the message) is wider than the phone's window. */
export async function assertFitsPhone(page, what = 'page') {
  const wider = await overflow(page);
  assert.ok(wider <= 0, `${what} is ${wider}px wider than the phone`);
}

/** Sets the phone's viewport and waits until the page has taken it. */
export async function usePhone(page) {
  await page.setViewportSize(PHONE);
  await page.waitForFunction((width) => window.innerWidth === width, PHONE.width);
}

/** Fails with axe's WCAG 2 A and AA findings inside `selector`. */
export async function assertNoAxeViolationsIn(page, selector) {
  const axe = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], selector);
}

/** Adds the shared goal "MQL to SQL rate" (at least 20 % by 2030-12-31) on the Playbook page,
 *  which must be open; returns its card once it is titled. */
export async function addSharedGoal(page) {
  const goal = await addPlaybookEntry(page, 'Add a shared goal', 'kpi');
  await goal.getByLabel('Goal').fill('MQL to SQL rate');
  await goal.getByLabel('Deadline').fill('2030-12-31');
  await goal.getByLabel('Value').fill('20');
  await goal.getByLabel('Unit').fill('%');
  await goal.getByRole('heading', { name: 'MQL to SQL rate' }).waitFor();
  return goal;
}

// ---------- The room display journeys ----------

/** Opens the room display from the live meeting on `page`, its errors counted in `errors`, and
 *  pauses time at `pausedAt` on both pages (a page opened later does not inherit the paused
 *  clock), past a heartbeat sent after the jump; returns the room's page. */
export async function openRoomDisplay(context, page, errors, pausedAt) {
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open room display' }).click();
  const room = await opened;
  room.on('console', (message) => {
    if (message.type() === 'error') errors.push(`room console: ${message.text()}`);
  });
  room.on('pageerror', (error) => errors.push(`room uncaught: ${error.message}`));
  await room.waitForLoadState();
  await page.clock.pauseAt(pausedAt);
  await page.clock.runFor(2500);
  const [a, b] = await Promise.all([page, room].map((p) => p.evaluate(() => Date.now())));
  assert.equal(a, b, 'both pages read the same time');
  return room;
}

/** Records every change of the room's screen with the (real) time the test saw it: a
 *  MutationObserver calls back at once, so no polling delay is counted. */
export async function watchRoom(room) {
  const changes = [];
  await room.exposeFunction('roomChanged', (text) => changes.push({ at: Date.now(), text }));
  await room.evaluate(() => {
    const main = document.querySelector('main');
    new MutationObserver(() => window.roomChanged(main.innerText))
      .observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return changes;
}

/** Waits for `button`, then returns a click on it dispatched as an event, for [roomShownWithin]:
 *  Playwright's own checks before a click take longer than what is measured there. */
export async function clickAsEvent(button) {
  await button.waitFor();
  return () => button.dispatchEvent('click');
}

/** Runs `act` in the facilitator's page and returns how long (real ms) the room took to show a
 *  screen whose text passes `shows`, as recorded by [watchRoom]; fails after 2 s. */
export async function roomShownWithin(act, changes, shows) {
  const started = Date.now();
  await act();
  for (;;) {
    const seen = changes.find((change) => change.at >= started && shows(change.text));
    if (seen) return seen.at - started;
    assert.ok(Date.now() - started < 2000, 'the room display did not follow within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// ---------- The outcomes journeys: two weekly meetings of Ada, Ben, Cy and Dee ----------
// Each journey (problems-raised-in-the-go-round, action-items-for-every-attendee, minutes-*,
// action-items-carry-over, problem-log-*, history-finds-minutes-text, outcomes-on-a-phone)
// builds the part of this story it needs with the steps below, then checks its own behaviour.

export const OUTCOMES = {
  XSS: '<img src=x onerror=alert(1)>',
  // Markdown escapes only the `<` that could open a tag; no HTML entities in plain text.
  XSS_MD: '\\<img src=x onerror=alert(1)>',
  LEADS: 'Leads go cold after webinars',
  CALL: 'Call every webinar lead within a day',
  NURTURE: 'Nurture e-mail sequence',
  PRICING: 'Draft the pricing one-pager',
  ATTENDEES: ['Ada', 'Ben', 'Cy', 'Dee'],
};

/** A problem's card in the meeting or the log, found by its title. */
export const problemCard = (page, title) =>
  page.locator('.oc-problem').filter({ has: page.locator('.oc-problem-title', { hasText: title }) });

/** Adds the outcomes journeys' people and creates their first meeting (Ben takes the notes),
 *  started; returns when it is scheduled and its URL.
 *  Attendee order follows the roster: Sales first (Ada, Cy), then Marketing (Ben, Dee).
 *  Eve has an address and stays away: the minutes' mailto goes to her; Gus has no address. */
export async function startFirstMeeting(page) {
  await addPeople(page, [
    ['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales'], ['Dee', 'marketing'],
    ['Eve', 'sales', 'eve@example.com'], ['Gus', 'marketing'],
  ]);
  const firstAt = await planMeeting(page, OUTCOMES.ATTENDEES, 'Ben');
  const firstUrl = page.url();
  await pressShortcut(page, 'Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  return { firstAt, firstUrl };
}

/** In the go-round, logs a problem raised by `raiser` (with `impact` if given); returns its card. */
export async function logProblemFromGoRound(page, raiser, title, impact) {
  await page.getByRole('button', { name: `Raised a problem (${raiser})` }).click();
  await page.getByRole('button', { name: `Log problem raised by ${raiser}` }).click();
  if (impact) await page.locator('.oc-raise form').first().getByLabel('Impact').selectOption(impact);
  await page.locator('#raise-problem-title').fill(title);
  await page.locator('#raise-problem-title').press('Enter');
  const card = problemCard(page, title);
  await card.waitFor();
  return card;
}

/** Adds `ideas` to a problem's brainstorm and chooses `chosen`. */
export async function brainstorm(card, ideas, chosen) {
  for (const idea of ideas) {
    await card.getByLabel('New idea').fill(idea);
    await card.getByLabel('New idea').press('Enter');
  }
  await card.getByRole('checkbox', { name: chosen }).check();
}

/** The first meeting's go-round (segment 3): Ada raises the typed-markup problem, Cy the
 *  leads problem (impact 5), each with a chosen idea; Ben and Dee have nothing new. */
export async function goRoundOfFirstMeeting(page) {
  await nextSegment(page, 2);
  await nextSegment(page, 3);
  const xss = await logProblemFromGoRound(page, 'Ada', OUTCOMES.XSS);
  await brainstorm(xss, ['Call within a day', 'Nurture e-mails'], 'Call within a day');
  await page.getByRole('button', { name: 'Nothing new (Ben)' }).click();
  const leads = await logProblemFromGoRound(page, 'Cy', OUTCOMES.LEADS, '5');
  await brainstorm(leads, ['Webinar follow-up kit'], 'Webinar follow-up kit');
  await page.getByRole('button', { name: 'Nothing new (Dee)' }).click();
  await page.locator('.go-round-next', { hasText: 'Everyone has been asked.' }).waitFor();
}

/** Adds an action item in the action segment (owner: the one the form offers, unless given). */
export async function addActionItem(page, what, { owner, problem } = {}) {
  if (owner) await page.locator('#new-action-owner').selectOption({ label: owner });
  if (problem) await page.locator('#new-action-problem').selectOption({ label: problem });
  await page.locator('#new-action-what').fill(what);
  await page.locator('#new-action-what').press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${what}` }).waitFor();
}

/** The first meeting's action segment (segment 4): Ada calls the leads (with Dee, paired),
 *  Cy nurtures, Ben drafts the pricing; returns the due date the form offered. */
export async function actionItemsOfFirstMeeting(page) {
  await nextSegment(page, 4);
  const due = await page.locator('#new-action-due').inputValue();
  await addActionItem(page, OUTCOMES.CALL, { problem: OUTCOMES.LEADS });
  await addActionItem(page, OUTCOMES.NURTURE);
  await addActionItem(page, OUTCOMES.PRICING, { owner: 'Ben' });
  await page.getByRole('button', { name: `Pair Dee with “${OUTCOMES.CALL}”` }).click();
  await page.getByText('Everyone leaves with an action item.').waitFor();
  await allSaved(page);
  return due;
}

/** The whole first meeting, finished, with its minutes written; returns what
 *  [startFirstMeeting] does and the action items' due date. */
export async function holdFirstMeeting(page) {
  const first = await startFirstMeeting(page);
  await goRoundOfFirstMeeting(page);
  const due = await actionItemsOfFirstMeeting(page);
  await finishMeeting(page);
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('## Participation'));
  return { ...first, due };
}

/** Creates and starts the second meeting, a week after the first (Cy takes the notes);
 *  returns its URL. */
export async function startSecondMeeting(page, firstAt) {
  const secondAt = await page.evaluate((at) => {
    const d = new Date(at);
    d.setDate(d.getDate() + 7);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, firstAt);
  await planMeeting(page, OUTCOMES.ATTENDEES, 'Cy', secondAt);
  const secondUrl = page.url();
  await pressShortcut(page, 'Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  return secondUrl;
}

/** In the second meeting's review, marks the pricing one-pager done. */
export async function markPricingDone(page) {
  await page.getByLabel(`Status of “${OUTCOMES.PRICING}”`).selectOption('done');
  await page.locator('.oc-loop').getByRole('heading', { name: /Done or dropped since the last meeting/ }).waitFor();
  await allSaved(page);
}

// ---------- The schedule journeys: a roster of 30 on a weekly rotation ----------

/** Names of the schedule journeys' roster: Sales 01…12, Marketing 01…12, and so on. */
const two = (n) => String(n).padStart(2, '0');
export const SALES = Array.from({ length: 12 }, (_, i) => `Sales ${two(i + 1)}`);
export const MARKETING = Array.from({ length: 12 }, (_, i) => `Marketing ${two(i + 1)}`);
export const SUPPORT = ['Support 1', 'Support 2'];
export const EXECUTIVES = [['Exec Sales', 'sales'], ['Exec Marketing', 'marketing']];
export const CORE = [['Core Sales', 'sales'], ['Core Marketing', 'marketing']];
export const teamOf = (name) => (name.startsWith('Sales') || name === 'Core Sales' ? 'Sales'
  : name.startsWith('Marketing') || name === 'Core Marketing' ? 'Marketing' : 'Support');

/** Adds a person with the roster's form: `otherLabel` names an Other team; `executive` and
 *  `core` tick those boxes. */
export async function addRosterPerson(page, name, team, { otherLabel, executive = false, core = false } = {}) {
  const form = page.locator('form.add-person');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await page.locator('#new-person-team').selectOption(team);
  if (otherLabel) await form.getByLabel('Which team').fill(otherLabel);
  if (executive) await form.getByLabel(/^Executive/).check();
  if (core) await form.getByLabel(/^Core member/).check();
  await form.getByRole('button', { name: 'Add person' }).click();
}

/** Adds the schedule journeys' 30 people: 12 Sales, 12 Marketing, 2 Support, 2 executives and
 *  2 core members. */
export async function buildRoster(page) {
  for (const name of SALES) await addRosterPerson(page, name, 'sales');
  for (const name of MARKETING) await addRosterPerson(page, name, 'marketing');
  for (const name of SUPPORT) await addRosterPerson(page, name, 'other', { otherLabel: 'Support' });
  for (const [name, team] of EXECUTIVES) await addRosterPerson(page, name, team, { executive: true });
  for (const [name, team] of CORE) await addRosterPerson(page, name, team, { core: true });
  assert.equal(await page.locator('.person-row').count(), 30);
  await allSaved(page);
}

/** Opens the Schedule page from the navigation. */
export async function openSchedule(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
}

/** The planned meetings as the page shows them. */
export const readPlan = (page) => page.locator('.sched-card').evaluateAll((cards) => cards.map((card) => {
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

/** The names of a planned meeting's attendees. */
export const names = (meeting) => meeting.attendees.map((a) => a.name);

/** Resolves at the page's next DOM change, or after `ms` if there is none. */
export const nextChange = (page, ms) => page.evaluate((ms) => new Promise((done) => {
  const observer = new MutationObserver(() => { observer.disconnect(); done(); });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  setTimeout(() => { observer.disconnect(); done(); }, ms);
}), ms);

/** Waits until the first planned meeting satisfies `ok` (read again at every change of the
 *  page, for up to 5 s), then returns the plan. */
export async function waitForPlan(page, ok, what) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const plan = await readPlan(page);
    if (plan.length > 0 && ok(plan)) return plan;
    await nextChange(page, deadline - Date.now());
  }
  assert.fail(`the plan never showed: ${what}`);
}

/** The rules every planned meeting keeps, checked on the first four. */
export function checkRules(plan) {
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

/** Sets a weekly cadence, Wednesdays 09:30 from 1 January 2030 (a Tuesday), and returns the
 *  plan once its first meeting is on 2 January 2030. */
export async function planWednesdaysFrom2030(page) {
  await page.locator('#sched-frequency').selectOption('weekly');
  await page.locator('#sched-weekday').selectOption('Wednesday');
  await page.locator('#sched-time').fill('09:30');
  await page.locator('#sched-start').fill('2030-01-01');
  await page.locator('.sched-card').first().waitFor();
  return waitForPlan(page, (p) => p[0].date === '2030-01-02', 'first meeting on 2 Jan 2030');
}

/** How every rotation journey starts: the roster of 30 built on the roster page (which must be
 *  open), then the Schedule page set to Wednesdays from 2030; returns the plan. */
export async function planRotationOfThirty(page) {
  await buildRoster(page);
  await openSchedule(page);
  return planWednesdaysFrom2030(page);
}

/** Requests a Marketing person who is not in the first meeting of `plan` for the next meeting;
 *  returns their name and the plan once they are in it. */
export async function requestSomeoneNotInTheFirstMeeting(page, plan) {
  const requested = MARKETING.find((n) => !names(plan[0]).includes(n));
  await page.locator('#sched-request-person').selectOption({ label: `${requested} (Marketing)` });
  await page.getByRole('button', { name: 'Request', exact: true }).click();
  return [requested, await waitForPlan(page, (p) => names(p[0]).includes(requested), `${requested} in the first meeting`)];
}

/** Skips the second planned date, 9 January 2030 (a holiday); returns the plan without it. */
export async function skipTheNinthOfJanuary(page) {
  await page.locator('.sched-card[data-date="2030-01-09"]').getByRole('button', { name: /^Skip this date/ }).click();
  return waitForPlan(page, (p) => !p.some((m) => m.date === '2030-01-09'), 'no meeting on 9 Jan');
}

/**
 * The version 3 workspace fixture (two finished meetings) with a third meeting, a week after the
 * first and not started yet: its live screen opens on the review segment.
 */
export function workspaceWithMeetingToRun() {
  const workspace = JSON.parse(readFileSync(new URL('../fixtures/workspace-v3.json', import.meta.url), 'utf8'));
  const finished = workspace.meetings[0];
  const toRun = {
    ...finished,
    id: '00000000-0000-4000-8000-00000000a002',
    scheduled_at: finished.scheduled_at + 7 * 24 * 3600 * 1000,
    clock: {
      ...finished.clock,
      phase: { state: 'not_started' },
      current: 0,
      recorded_ms: finished.clock.recorded_ms.map(() => 0),
      started_at: null,
      last_event_at: null,
    },
  };
  workspace.meetings.push(toRun);
  return { text: JSON.stringify(workspace), toRun: toRun.id, finished: finished.id, title: finished.title };
}

/**
 * Years of open work: `workspaceWithMeetingToRun` with 45 more problems (every third one being
 * solved, the rest open) raised in the last finished meeting, and 120 more action items still
 * open from the meeting before that one.
 */
export function workspaceWithLongLog() {
  const base = workspaceWithMeetingToRun();
  const workspace = JSON.parse(base.text);
  const owner = workspace.people[0].id;
  const meeting = base.finished;
  const earlier = workspace.meetings.find((m) => m.id !== base.finished && m.id !== base.toRun).id;
  const uuid = (kind, n) => `00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}`;
  const at = Date.UTC(2021, 0, 12, 10);
  for (let n = 0; n < 45; n++) {
    workspace.problems.push({
      id: uuid('0', n), title: `Long-standing problem ${n + 1}`, details: '', raised_by: owner, raised_in: meeting,
      impact: 1 + (n % 5), status: n % 3 === 0 ? 'being_solved' : 'open', ideas: [], next_idea_id: 0,
      created_at: at + n, updated_at: at + n,
    });
  }
  for (let n = 0; n < 120; n++) {
    workspace.action_items.push({
      id: uuid('1', n), what: `Follow-up ${n + 1}`, owner, collaborators: [],
      due: `2021-${String(2 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      problem: null, made_in: earlier, status: 'open', progress_note: '', created_at: at + n, updated_at: at + n,
    });
  }
  return { ...base, text: JSON.stringify(workspace) };
}

/**
 * A fresh phone-sized profile that downloads none of the app's code behind a journey's back:
 * no service worker (it would answer from its cache) and no idle prefetch, so each area
 * downloads when it is first needed. Returns a fresh page of it, not yet navigated, and the
 * page's console errors.
 */
export async function profileWithoutTheCode(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block', ...contextOptions });
  await context.addInitScript(() => { window.requestIdleCallback = () => 0; });
  return { context, ...(await watchedPage(context)) };
}

/** A new page of `context`, with its console errors and uncaught exceptions in `errors`. */
async function watchedPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { page, errors };
}

/**
 * A profile without the code (above) that holds the workspace `text`, imported through the
 * page; returns a fresh page of it, not yet navigated, and its console errors.
 */
export async function workspaceWithoutTheCode(browser, text) {
  const { context, page: importing } = await profileWithoutTheCode(browser);
  await importFile(importing, 'workspace.json', text);
  await importing.close();
  return { context, ...(await watchedPage(context)) };
}

/** What the browser and the splitter's loader log for a download the journey refused. */
export const REFUSED_DOWNLOAD = /ERR_INTERNET_DISCONNECTED|TypeError: Failed to fetch/;
