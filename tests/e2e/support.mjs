// Shared set-up for the end-to-end journeys: the system Chromium, the app's URL, and a page
// that fails its test on any console error or uncaught exception (how a broken bundle shows).
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
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

/**
 * Opens the app at `hash` in a fresh profile and returns the page plus its collected errors.
 * With `clock` (a Date), Playwright's clock is installed at that time first, so the journey moves
 * time with `page.clock` instead of waiting.
 */
export async function openApp(browser, { hash = '#/roster', viewport = DESKTOP, initScript, clock } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (clock) await context.clock.install({ time: clock });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
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

/** Imports `text` as a file through the Import/Export page and waits for the reload after it. */
export async function importFile(page, name, text) {
  await page.goto(APP_URL + '#/exchange');
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = page.getByRole('region', { name: `Ready to import ${name}` });
  const reloaded = page.waitForEvent('load');
  await preview.getByRole('button', { name: 'Import' }).click();
  await reloaded;
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

/** What axe finds against WCAG 2 A and AA on the page, one line per rule with its places. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A playbook entry's card, found by its heading. */
export const playbookCard = (page, heading) =>
  page.locator('article.pb-entry').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

/** Adds the Sales SLA commitment "Follow up every MQL" (at most 24 `unit` per lead) on the
 *  Playbook page, which must be open; returns its card. */
export async function addSlaCommitment(page, unit) {
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  const sla = page.locator('article.pb-entry[data-topic="sla"]').last();
  await sla.getByLabel('Commitment').fill('Follow up every MQL');
  await sla.getByLabel('Measure').fill('Hours to the first call');
  await sla.getByLabel('Time limit or period').fill('per lead');
  await sla.getByLabel('Target').selectOption('at_most');
  await sla.getByLabel('Value').fill('24');
  await sla.getByLabel('Unit').fill(unit);
  return sla;
}
