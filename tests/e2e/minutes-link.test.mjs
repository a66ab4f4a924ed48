// Journey: links that carry the minutes. A finished meeting's "Copy link to these minutes"
// puts the minutes (with the agenda, attendees, problems and action items; the tally only when
// chosen) into
// the address's fragment; the e-mail to those who missed it carries the link. Opened in a
// fresh profile, the link shows the minutes read-only with "Save to my workspace" (then they
// are in History) and "Download". A damaged or hostile link is refused with a message and
// nothing is written; minutes too large for a link (8 KB) are downloaded as the file instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, finishMeeting, APP_URL, APP_READY, DESKTOP, PHONE } from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

/** A roster of Ada, Ben and Eve (Eve misses the meeting), and a finished meeting of Ada and
 *  Ben with a problem and an action item; returns once its minutes are written. */
async function finishedMeeting(page) {
  await page.getByText('Add several people at once').click();
  await page.getByLabel('One person a line').fill('Ada, ada@example.com\nBen, marketing\nEve, eve@example.com');
  await page.getByRole('button', { name: 'Add 3 people' }).click();
  await allSaved(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meeting', exact: true }).click();
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  for (let segment = 2; segment <= 4; segment++) {
    await page.clock.fastForward('01:00');
    // One tap on the talk tally (Ada), which a link carries only when asked to.
    if (segment === 2) await page.keyboard.press('1');
    await page.keyboard.press('n');
    if (segment === 3) await page.getByRole('button', { name: 'Raised a problem (Ada)' }).click();
  }
  await page.locator('.segment-position', { hasText: 'Segment 4 of 4' }).waitFor();
  await page.locator('#new-action-what').fill('Send the deck');
  await page.locator('#new-action-owner').selectOption({ label: 'Ada' });
  await page.locator('#new-action-what').press('Enter');
  await page.getByRole('listitem', { name: 'Action item: Send the deck' }).waitFor();
  await finishMeeting(page);
  await page.clock.runFor(1000);
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('## Action items'));
  await allSaved(page);
}

/** Copies the link and returns it as the page shows it. */
async function copyLink(page) {
  await page.getByRole('button', { name: 'Copy link to these minutes' }).click();
  const field = page.getByLabel('Link to these minutes');
  await field.waitFor();
  return field.inputValue();
}

/** A fresh profile (no data, no clock) at `url`. */
async function freshPage(url, viewport = DESKTOP) {
  const context = await browser().newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(url);
  await page.locator(APP_READY).waitFor();
  return { context, page, errors };
}

async function historyIsEmpty(page) {
  await page.goto(APP_URL + '#/history');
  await page.getByText('No meetings held yet, or none match.').waitFor();
}

const payloadOf = (link) => link.split('#/minutes/')[1];
const fileOf = (link) => JSON.parse(inflateRawSync(Buffer.from(payloadOf(link).slice(2), 'base64url')).toString());
const linkTo = (file) => `${APP_URL}#/minutes/1.${deflateRawSync(Buffer.from(typeof file === 'string' ? file : JSON.stringify(file))).toString('base64url')}`;

let sharedLink;

test('a minutes link opens read-only in a fresh profile, and saving it puts the meeting in History', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishedMeeting(page);
  const link = await copyLink(page);
  sharedLink = link;
  await page.getByText('Copied the link.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/smarketing\/#\/minutes\/1\.[A-Za-z0-9_-]+$/);
  console.log(`minutes link: ${payloadOf(link).length} characters of payload (limit 8192)`);
  // What it carries: the meeting, its minutes, problems and action items and the people
  // they name; no tally.
  const carried = fileOf(link);
  assert.equal(carried.kind, 'meeting');
  assert.equal(carried.meetings.length, 1);
  assert.equal(carried.minutes.length, 1);
  assert.equal(carried.action_items[0].what, 'Send the deck');
  assert.deepEqual(carried.tally_events, []);
  assert.deepEqual(carried.people.map((p) => p.name).sort(), ['Ada', 'Ben']);
  const title = carried.meetings[0].title;
  // The e-mail to those who missed it carries the link; the attendees' does not need it.
  const missed = await page.getByRole('link', { name: 'Email those who missed it (Eve)' }).getAttribute('href');
  assert.ok(decodeURIComponent(missed).includes(link), 'the e-mail to Eve carries the link');
  const attendees = await page.getByRole('link', { name: 'Email the attendees (Ada)' }).getAttribute('href');
  assert.ok(!decodeURIComponent(attendees).includes('#/minutes/'));
  await screenshot(page, 'minutes-link-copied', { fullPage: false });
  // The talk tally goes in only when chosen, and then the e-mail's link carries it too.
  const includeTally = page.getByRole('checkbox', { name: 'Include the talk tally' });
  await includeTally.check();
  await page.getByRole('button', { name: 'Copy link to these minutes' }).click();
  await page.waitForFunction((old) => {
    const value = document.querySelector('#minutes-link')?.value;
    return value && value !== old;
  }, link);
  const withTally = await page.getByLabel('Link to these minutes').inputValue();
  assert.equal(fileOf(withTally).tally_events.length, 1, 'the chosen link carries the one tap');
  const missedWithTally = await page.getByRole('link', { name: 'Email those who missed it (Eve)' }).getAttribute('href');
  assert.ok(decodeURIComponent(missedWithTally).includes(withTally));
  const tallyReader = await freshPage(withTally);
  await tallyReader.page.locator('.shared-minutes-meta').getByText('the talk tally (1 tap)').waitFor();
  assertNoErrors(tallyReader.errors);
  await tallyReader.context.close();
  await includeTally.uncheck();
  assertNoErrors(errors);
  await context.close();

  // Someone else's browser: nothing of this workspace is there.
  const reader = await freshPage(link);
  const view = reader.page.locator('.shared-minutes-page');
  await view.getByRole('heading', { name: 'Minutes from a link', level: 1 }).waitFor();
  await view.getByRole('heading', { name: title, level: 2, exact: true }).waitFor();
  await view.locator('.shared-minutes-meta').getByText('Attendees: Ada, Ben').waitFor();
  assert.match(await view.locator('.shared-minutes').innerText(), /Send the deck/);
  // Read-only: nothing to type into, no meeting controls.
  assert.equal(await view.locator('textarea, input, select').count(), 0);
  assert.equal(await reader.page.locator('.clock-panel').count(), 0);
  await screenshot(reader.page, 'minutes-link-desktop');
  // Download gives the meeting file.
  const [download] = await Promise.all([
    reader.page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^smarketing-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/);
  // Saving goes through the import's checks and merge, then says what it added.
  const reloaded = reader.page.waitForEvent('load');
  await view.getByRole('button', { name: 'Save to my workspace' }).click();
  await reloaded;
  const said = await reader.page.getByTestId('import-outcome').innerText();
  assert.match(said, /^Imported the minutes link: .*1 meeting added/);
  assert.match(said, /2 people added/);
  await reader.page.getByRole('link', { name: 'Open History' }).click();
  await reader.page.locator('.meeting-link', { hasText: title }).waitFor();
  // Saving it again adds nothing.
  await reader.page.goto(link);
  await reader.page.getByRole('button', { name: 'Save to my workspace' }).click();
  await reader.page.getByText('Everything in these minutes is already in your workspace').waitFor();
  assertNoErrors(reader.errors);
  await reader.context.close();

  const phone = await freshPage(link, PHONE);
  await phone.page.getByRole('heading', { name: title, level: 2, exact: true }).waitFor();
  await screenshot(phone.page, 'minutes-link-phone');
  assertNoErrors(phone.errors);
  await phone.context.close();
});

test('a damaged or hostile link is refused with a message and nothing is written', async () => {
  assert.ok(sharedLink, 'the first journey made a link');
  const body = payloadOf(sharedLink).slice(2);
  const file = fileOf(sharedLink);
  const hostile = structuredClone(file);
  hostile.meetings[0].attendees[0] = '<img src=x onerror=alert(1)>';
  const cases = [
    ['cut short', sharedLink.slice(0, sharedLink.length - 40), /do not unpack|cut short/],
    ['garbled', sharedLink.replace(`1.${body.slice(0, 20)}`, `1.${body.slice(0, 10)}*%20${body.slice(13, 20)}`), /character 11 of its minutes/],
    ['another version', sharedLink.replace('#/minutes/1.', '#/minutes/7.'), /another version of Smarketing Meetings/],
    ['hostile value', linkTo(hostile), /meetings\[0\]\.attendees\[0\]/],
    ['not JSON', linkTo('{"format": "smarketing-meetings", '), /not valid JSON/],
    ['a workspace', linkTo({ ...file, kind: 'workspace' }), /whole workspace, not one meeting/],
    ['unpacks huge', linkTo(' '.repeat(3_000_000)), /unpacks to more than 1000 KB/],
    ['empty', `${APP_URL}#/minutes/`, /carries no minutes/],
  ];
  const { context, page, errors } = await freshPage(APP_URL + '#/roster');
  for (const [what, link, message] of cases) {
    await page.goto(link);
    const alert = page.locator('.link-refused');
    await alert.waitFor({ timeout: 5000 }).catch(async (e) => {
      throw new Error(`${what}: ${e.message}\n${await page.locator('main').innerText()}\n${errors.join('\n')}`);
    });
    const text = await alert.innerText();
    assert.match(text, /Nothing was saved/, what);
    assert.match(text, message, `${what}: ${text}`);
    assert.equal(await page.getByRole('button', { name: 'Save to my workspace' }).count(), 0, what);
    if (what === 'garbled') await screenshot(page, 'minutes-link-refused', { fullPage: false });
  }
  await historyIsEmpty(page);
  await page.goto(APP_URL + '#/roster');
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.locator('.person-row').count(), 0);
  assertNoErrors(errors);
  await context.close();
});

test('minutes too large for a link are downloaded as the meeting file, with a message', async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await finishedMeeting(page);
  // Text that does not compress: 12,000 characters stay over 8 KB when packed.
  const noise = Array.from({ length: 12_000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[(i * 7919 + (i * i) % 613) % 62]).join('');
  await page.locator('#minutes-text').fill(`# Minutes\n\n${noise}`);
  await allSaved(page);
  // Said before the click too, since the e-mail cannot carry a link either.
  assert.match(await page.locator('.share-too-large').innerText(), /too large for a link: .* up to 8 KB\. The button downloads the meeting file instead/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Copy link to these minutes' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^smarketing-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/);
  const note = await page.locator('.share-fallback').innerText();
  assert.match(note, /too large for a link: \d+\.\d KB encoded, and a link carries up to 8 KB\. Downloaded smarketing-.*\.json instead: attach it to your e-mail/);
  const missed = await page.getByRole('link', { name: 'Email those who missed it (Eve)' }).getAttribute('href');
  assert.ok(decodeURIComponent(missed).includes('too large for a link (over 8 KB), so the meeting file is attached'));
  assert.ok(!decodeURIComponent(missed).includes('#/minutes/'));
  await screenshot(page, 'minutes-link-too-large', { fullPage: false });
  assertNoErrors(errors);
  await context.close();
});
