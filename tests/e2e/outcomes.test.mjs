// Journey: two consecutive weekly meetings. In the first, raise two problems from the go-round
// (one titled like an HTML injection), brainstorm and choose ideas, make action items for all but
// one attendee (warning and pairing offer), finish, and work with the minutes (edit, copy,
// download, print, mailto). In the second, the review and progress segments carry the first
// meeting's items; one is marked done. Then the problem log, the history search by minutes text,
// the read-only past meeting, a reload, and the phone layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, openApp, allSaved, assertNoErrors, screenshot, finishMeeting, PHONE, APP_URL } from './support.mjs';

const XSS = '<img src=x onerror=alert(1)>';
// Markdown escapes only the `<` that could open a tag; no HTML entities in plain text.
const XSS_MD = '\\<img src=x onerror=alert(1)>';
const LEADS = 'Leads go cold after webinars';
const CALL = 'Call every webinar lead within a day';
const NURTURE = 'Nurture e-mail sequence';
const PRICING = 'Draft the pricing one-pager';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function addPeople(page, people) {
  await page.goto(page.url().replace(/#.*$/, '#/roster'));
  for (const [name, team, email] of people) {
    await page.getByLabel('Name', { exact: true }).first().fill(name);
    await page.locator('#new-person-team').selectOption(team);
    await page.getByLabel('Email (optional)').fill(email ?? '');
    await page.getByRole('button', { name: 'Add person' }).click();
  }
  await allSaved(page);
}

async function planMeeting(page, names, noteTaker, when) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meeting' }).click();
  await page.getByRole('heading', { name: 'Plan a meeting' }).waitFor();
  for (const name of names) await page.getByRole('checkbox', { name }).check();
  await page.locator('#new-meeting-note-taker').selectOption({ label: noteTaker });
  if (when) await page.locator('#new-meeting-when').fill(when);
  const scheduled = await page.locator('#new-meeting-when').inputValue();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  return scheduled;
}

/** Presses a meeting shortcut with no field focused. */
async function key(page, name) {
  await page.locator('h1').first().click();
  await page.keyboard.press(name);
}

async function segment(page, n) {
  await page.locator('.segment-position', { hasText: `Segment ${n} of 4` }).waitFor();
}

const selectedText = (select) => select.evaluate((el) => el.selectedOptions[0]?.textContent.trim());
const noImages = async (page) => assert.equal(await page.locator('img').count(), 0, 'an <img> was created from typed text');
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function noAxeViolations(page, selector) {
  const axe = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], selector);
}

test('two meetings: problems, brainstorm, action items, minutes, the review loop, log and history', async () => {
  const { context, page, errors } = await openApp(browser, {
    initScript: () => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(APP_URL).origin });
  page.on('dialog', async (dialog) => { errors.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });

  // Attendee order follows the roster: Sales first (Ada, Cy), then Marketing (Ben, Dee).
  // Eve has an address and stays away: the minutes' mailto goes to her; Gus has no address.
  await addPeople(page, [
    ['Ada', 'sales'], ['Ben', 'marketing'], ['Cy', 'sales'], ['Dee', 'marketing'],
    ['Eve', 'sales', 'eve@example.com'], ['Gus', 'marketing'],
  ]);

  // ---------- Meeting 1 ----------
  const firstAt = await planMeeting(page, ['Ada', 'Ben', 'Cy', 'Dee'], 'Ben');
  const firstUrl = page.url();
  await key(page, 'Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  // The review of the very first meeting has nothing carried over.
  await page.getByText('Nothing carried over').waitFor();
  await key(page, 'n');
  await segment(page, 2);
  await key(page, 'n');
  await segment(page, 3);

  // The go-round: marking Ada "raised a problem" offers to log it with her as raiser.
  await page.getByRole('button', { name: 'Raised a problem (Ada)' }).click();
  await page.getByRole('button', { name: 'Log problem raised by Ada' }).click();
  const title = page.locator('#raise-problem-title');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'raise-problem-title');
  const raise = page.locator('.oc-raise form').first();
  assert.equal(await selectedText(raise.getByLabel('Raised by')), 'Ada');

  // An empty title is refused inline.
  await title.press('Enter');
  await page.getByText('Give the problem a title.').waitFor();
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  const describedBy = await title.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy}`).innerText(), /Give the problem a title/);

  await title.fill(XSS);
  await title.press('Enter');
  const xssCard = page.locator('.oc-problem').filter({ has: page.locator('.oc-problem-title', { hasText: XSS }) });
  await xssCard.waitFor();
  assert.equal(await xssCard.locator('.oc-problem-title').innerText(), XSS);
  assert.equal(await title.getAttribute('aria-invalid'), 'false');
  await noImages(page);

  // Brainstorm: Enter adds the idea and leaves the box ready for the next one.
  const idea = xssCard.getByLabel('New idea');
  await idea.fill('Call within a day');
  await idea.press('Enter');
  await idea.fill('Nurture e-mails');
  await idea.press('Enter');
  assert.equal(await idea.inputValue(), '');
  await xssCard.getByRole('checkbox', { name: 'Call within a day' }).check();
  await xssCard.getByText('2 ideas, 1 chosen').waitFor();

  // Cy raises the second, bigger problem.
  await page.getByRole('button', { name: 'Nothing new (Ben)' }).click();
  await page.getByRole('button', { name: 'Raised a problem (Cy)' }).click();
  await page.getByRole('button', { name: 'Log problem raised by Cy' }).click();
  assert.equal(await selectedText(raise.getByLabel('Raised by')), 'Cy');
  await title.fill(LEADS);
  await raise.getByLabel('Impact').selectOption('5');
  await title.press('Enter');
  const leadsCard = page.locator('.oc-problem').filter({ has: page.locator('.oc-problem-title', { hasText: LEADS }) });
  await leadsCard.waitFor();
  await leadsCard.getByLabel('New idea').fill('Webinar follow-up kit');
  await leadsCard.getByLabel('New idea').press('Enter');
  await leadsCard.getByRole('checkbox', { name: 'Webinar follow-up kit' }).check();
  await page.getByRole('button', { name: 'Nothing new (Dee)' }).click();
  await page.locator('.go-round-next', { hasText: 'Everyone has been asked.' }).waitFor();
  await page.getByRole('button', { name: 'Log another raised by Ada' }).waitFor();
  await noAxeViolations(page, '.oc-raise');
  await screenshot(page, 'outcomes-raise-desktop');

  // Reload: the problems and their brainstorm are kept.
  await allSaved(page);
  await page.reload();
  await page.locator('.go-round-next', { hasText: 'Everyone has been asked.' }).waitFor();
  await xssCard.waitFor();
  assert.equal(await xssCard.getByRole('checkbox', { name: 'Call within a day' }).isChecked(), true);
  assert.equal(await xssCard.getByRole('checkbox', { name: 'Nurture e-mails' }).isChecked(), false);
  assert.equal(await leadsCard.getByRole('checkbox', { name: 'Webinar follow-up kit' }).isChecked(), true);

  // ---------- New action items ----------
  await key(page, 'n');
  await segment(page, 4);
  await page.getByRole('heading', { name: 'Action items', exact: true }).waitFor();
  await page.getByText('4 attendees have no action item yet.').waitFor();
  const what = page.locator('#new-action-what');
  const owner = page.locator('#new-action-owner');
  // Due by default a week after this meeting (no later meeting is planned yet).
  const due = await page.locator('#new-action-due').inputValue();
  const weekLater = await page.evaluate((at) => {
    const d = new Date(at);
    d.setDate(d.getDate() + 7);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, firstAt);
  assert.equal(due, weekLater);

  await what.press('Enter');
  await page.getByText('Say what will be done.').waitFor();
  assert.equal(await what.getAttribute('aria-invalid'), 'true');

  assert.equal(await selectedText(owner), 'Ada', 'the form offers the first attendee without an item');
  await what.fill(CALL);
  await page.locator('#new-action-problem').selectOption({ label: LEADS });
  await what.press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${CALL}` }).waitFor();
  assert.equal(await what.getAttribute('aria-invalid'), 'false');
  assert.equal(await selectedText(owner), 'Cy');
  await what.fill(NURTURE);
  await what.press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${NURTURE}` }).waitFor();
  await owner.selectOption({ label: 'Ben' });
  await what.fill(PRICING);
  await what.press('Enter');
  await page.getByRole('listitem', { name: `Action item: ${PRICING}` }).waitFor();

  // Everyone but Dee has one: the warning names her and offers to pair her.
  await page.getByText('1 attendee has no action item yet.').waitFor();
  await page.getByText('Dee has no action item', { exact: true }).waitFor();
  const pair = page.getByRole('button', { name: `Pair Dee with “${CALL}”` });
  await pair.waitFor();
  await page.getByRole('button', { name: 'Give Dee an item' }).waitFor();
  await noAxeViolations(page, '.oc-actions-panel');
  await screenshot(page, 'outcomes-actions-desktop');
  await pair.click();
  await page.getByText('Everyone leaves with an action item.').waitFor();
  const callItem = page.getByRole('listitem', { name: `Action item: ${CALL}` });
  assert.equal(await callItem.getByRole('checkbox', { name: 'Dee' }).isChecked(), true);
  await allSaved(page);

  // ---------- Finish: the minutes ----------
  await finishMeeting(page);
  const minutes = page.getByLabel('Note-taker: Ben — edit the minutes');
  await minutes.waitFor();
  await page.waitForFunction(() => document.querySelector('#minutes-text')?.value.includes('## Participation'));
  const markdown = await minutes.inputValue();
  assert.ok(markdown.startsWith('# Minutes: Weekly smarketing, 30 min'), markdown);
  assert.ok(markdown.includes(XSS_MD), 'the title is escaped in the Markdown');
  assert.ok(!/(^|[^\\])<img/.test(markdown), 'no raw HTML in the Markdown');
  assert.ok(!markdown.includes('&lt;') && !markdown.includes('&gt;'), 'no HTML entities in the minutes text');
  assert.match(markdown, /- \*\*Attendees:\*\* Ada, Cy, Ben, Dee/);
  assert.match(markdown, /- \*\*Note-taker:\*\* Ben/);
  assert.match(markdown, /## Agenda\n\n\| Segment \| Planned \| Actual \|/);
  for (const segmentTitle of ['Review the last meeting', 'Progress on current problem-solving deliverables']) {
    assert.ok(markdown.includes(`| ${segmentTitle} | `), segmentTitle);
  }
  assert.match(markdown, /\| \*\*Total\*\* \| 30:00 \|/);
  assert.match(markdown, /- \*\*Leads go cold after webinars\*\* \(impact 5 of 5, raised by Cy, being solved\)/);
  assert.ok(markdown.includes('  - Chosen idea: Call within a day'));
  assert.ok(markdown.includes('  - Other idea: Nurture e-mails'), 'ideas not chosen are listed as other ideas');
  const byOwner = ['### Ada', '### Cy', '### Ben'].map((h) => markdown.indexOf(h));
  assert.ok(byOwner.every((i) => i > 0) && byOwner[0] < byOwner[1] && byOwner[1] < byOwner[2], 'actions by owner, attendee order');
  assert.match(markdown, new RegExp(`### Ada\\n\\n- ${CALL} \\(due ${due}; with Dee; for: ${LEADS}\\)`));
  assert.ok(markdown.includes('## Participation'));
  await noImages(page);

  // The finished meeting is read-only: its outcomes are shown, and only the minutes can change
  // (the minutes link's "Include the talk tally" chooses what a link carries, not the meeting).
  await page.getByRole('heading', { name: 'Outcomes' }).waitFor();
  const editable = page.locator('main').locator(':is(input, select, textarea):not([disabled]):not(.share-minutes-link *)');
  assert.equal(await editable.count(), 1);
  assert.equal(await editable.first().getAttribute('id'), 'minutes-text');
  assert.match(await page.locator('.oc-outcomes').innerText(), /Ada\s+Call every webinar lead within a day/);

  // The note-taker edits: saved as typed; an empty text is refused inline.
  await minutes.fill('');
  await page.getByText('The minutes are empty.').waitFor();
  assert.equal(await minutes.getAttribute('aria-invalid'), 'true');
  const edited = `${markdown}\nDecided: keep the monthly webinar.\n`;
  await minutes.fill(edited);
  await page.getByText(/edited by the note-taker/).waitFor();
  assert.equal(await minutes.getAttribute('aria-invalid'), 'false');

  // Copy as Markdown, download .md, print, mailto.
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await page.getByText('Copied the minutes as Markdown.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), edited);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^minutes-\d{4}-\d{2}-\d{2}\.md$/);
  assert.equal(readFileSync(await download.path(), 'utf8'), edited);
  await page.getByRole('button', { name: 'Print' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  const mail = page.getByRole('link', { name: /Email those who missed it \(Eve\)/ });
  const href = await mail.getAttribute('href');
  assert.ok(href.startsWith('mailto:eve@example.com?subject=Minutes%3A%20Weekly%20smarketing%2C%2030%20min'), href);
  // Those who missed it get the minutes' link first (see minutes-link.test.mjs), then the text.
  assert.ok(href.includes('&body=Open%20these%20minutes%20in%20Smarketing%20Meetings'), href);
  assert.ok(href.includes('%23%2Fminutes%2F1.'), href);
  assert.ok(href.includes('%0D%0A%0D%0A%23%20Minutes'), href);
  assert.ok(!href.includes('gus'), href);
  assert.ok(!decodeURIComponent(href).includes('&lt;'), 'the email shows < and > as typed, never as entities');
  await noAxeViolations(page, '.oc-minutes');
  await screenshot(page, 'outcomes-minutes-desktop');

  // The print view shows only the minutes, formatted, with the typed title as text.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await page.locator('.clock-panel').isVisible(), false);
  assert.equal(await page.locator('#minutes-text').isVisible(), false);
  const printed = page.locator('.minutes-print');
  assert.equal(await printed.isVisible(), true);
  assert.match(await printed.innerText(), /Decided: keep the monthly webinar\./);
  assert.ok((await printed.innerText()).includes(XSS));
  await noImages(page);
  await screenshot(page, 'outcomes-print');
  await page.emulateMedia({ media: 'screen' });

  // Reload: the edited minutes are kept.
  await allSaved(page);
  await page.reload();
  await minutes.waitFor();
  assert.equal(await minutes.inputValue(), edited);

  // ---------- Meeting 2, a week later ----------
  const secondAt = await page.evaluate((at) => {
    const d = new Date(at);
    d.setDate(d.getDate() + 7);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, firstAt);
  await planMeeting(page, ['Ada', 'Ben', 'Cy', 'Dee'], 'Cy', secondAt);
  const secondUrl = page.url();
  await key(page, 'Space');
  await page.getByRole('button', { name: 'Pause' }).waitFor();

  // The review: Ben (last note-taker) presents; the first meeting's items and problems are here.
  await page.getByText('took the notes at').waitFor();
  const loop = page.locator('.oc-loop');
  await loop.getByRole('heading', { name: /Action items from the last meeting/ }).waitFor();
  for (const item of [CALL, NURTURE, PRICING]) await loop.getByText(item, { exact: true }).waitFor();
  await loop.getByRole('heading', { name: 'Problems in progress' }).waitFor();
  await loop.getByText(LEADS, { exact: true }).waitFor();
  await loop.getByText(XSS, { exact: true }).waitFor();
  await noImages(page);

  // Mark one done and note progress on another.
  await page.getByLabel(`Status of “${PRICING}”`).selectOption('done');
  await loop.getByRole('heading', { name: /Done or dropped since the last meeting/ }).waitFor();
  await page.getByLabel(`Progress note on “${CALL}”`).fill('Half the list called');
  await noAxeViolations(page, '.oc-loop');
  await screenshot(page, 'outcomes-review-desktop');

  // Progress: the open carried items get 2-minute slots ahead of typed deliverables.
  await key(page, 'n');
  await segment(page, 2);
  const slots = page.locator('.oc-slots > li');
  assert.equal(await slots.count(), 2);
  assert.match(await slots.nth(0).innerText(), /0:00–2:00 · Ada presents[\s\S]*Call every webinar lead within a day/);
  assert.match(await slots.nth(1).innerText(), /2:00–4:00 · Cy presents[\s\S]*Nurture e-mail sequence/);
  assert.equal(await page.locator('.oc-slots').getByText(PRICING).count(), 0, 'a done item has no slot');
  await page.locator('.segment-panel', { hasText: '2 deliverables × 2:00, 6:00 for questions' }).waitFor();
  await page.getByLabel('Deliverable', { exact: true }).fill('Pricing page test');
  await page.getByLabel('Deliverable', { exact: true }).press('Enter');
  await page.locator('.segment-panel', { hasText: '3 deliverables × 2:00, 4:00 for questions' }).waitFor();
  await screenshot(page, 'outcomes-progress-desktop');

  // Reload mid-meeting: the status and the note are kept.
  await allSaved(page);
  await page.reload();
  await segment(page, 2);
  assert.equal(await page.getByLabel(`Progress note on “${CALL}”`).inputValue(), 'Half the list called');
  assert.equal(await page.locator('.oc-slots > li').count(), 2);

  // ---------- The problem log ----------
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('link', { name: 'Problem log and action items' }).click();
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Problems' }).getAttribute('aria-current'), 'page');
  const titles = () => page.locator('.oc-page .oc-problem-title').allInnerTexts();
  assert.deepEqual(await titles(), [LEADS, XSS], 'biggest impact first');
  await noImages(page);
  assert.match(await page.locator('.oc-problem', { hasText: LEADS }).innerText(), /Raised by Cy · in “Weekly smarketing, 30 min”/);
  await page.locator('#problem-filter').selectOption('being_solved');
  assert.deepEqual(await titles(), [LEADS]);
  await page.locator('#problem-filter').selectOption('active');
  await page.getByLabel(`Status of ${XSS}`).selectOption('dropped');
  assert.deepEqual(await titles(), [LEADS]);
  await page.locator('#problem-filter').selectOption('dropped');
  assert.deepEqual(await titles(), [XSS]);
  await page.locator('#problem-filter').selectOption('all');

  // Logging from the page: errors inline, then a problem raised between meetings.
  const newTitle = page.locator('#new-problem-title');
  await page.getByRole('button', { name: 'Log problem' }).click();
  assert.equal(await newTitle.getAttribute('aria-invalid'), 'true');
  await newTitle.fill('Trial sign-ups drop on mobile');
  await page.locator('.oc-log-form').getByLabel('Raised by').selectOption({ label: 'Eve' });
  await page.locator('.oc-log-form').getByLabel('Impact').selectOption('4');
  await page.getByRole('button', { name: 'Log problem' }).click();
  assert.deepEqual(await titles(), [LEADS, 'Trial sign-ups drop on mobile', XSS]);
  assert.match(await page.locator('.oc-problem', { hasText: 'Trial sign-ups' }).innerText(), /Raised by Eve · logged/);

  // Editing a title in place; an empty one is refused and the stored title stays.
  const trial = page.locator('.oc-problem', { hasText: 'Trial sign-ups' });
  await trial.getByRole('button', { name: /Edit title and details/ }).click();
  await trial.getByLabel('Title', { exact: true }).fill('');
  await trial.getByText('Give the problem a title.').waitFor();
  assert.equal(await trial.getByLabel('Title', { exact: true }).getAttribute('aria-invalid'), 'true');
  await trial.getByLabel('Title', { exact: true }).fill('Trial sign-ups drop on phones');
  await trial.getByLabel('Details').fill('Since the new pricing page.');
  await trial.getByRole('button', { name: /Close editor/ }).click();
  await trial.getByText('Since the new pricing page.').waitFor();
  assert.deepEqual(await titles(), [LEADS, 'Trial sign-ups drop on phones', XSS]);

  // Action items across meetings: open ones by default, all on request.
  const actionRows = page.locator('#action-list-title ~ .oc-loop-list > li');
  assert.equal(await actionRows.count(), 2);
  await page.locator('#action-filter').selectOption('all');
  assert.equal(await actionRows.count(), 3);
  await page.locator('#action-filter').selectOption('done');
  assert.match(await actionRows.first().innerText(), /Draft the pricing one-pager[\s\S]*Done/);
  await noAxeViolations(page, '.oc-page');
  await screenshot(page, 'outcomes-log-desktop');

  // Reload: everything on the log survives.
  await allSaved(page);
  await page.reload();
  await page.locator('#problem-filter').selectOption('all');
  assert.deepEqual(await titles(), [LEADS, 'Trial sign-ups drop on phones', XSS]);

  // Deleting asks first; "Keep" hands focus back to the button, and the question takes it.
  const phones = page.locator('.oc-problem', { hasText: 'Trial sign-ups drop on phones' });
  await phones.getByRole('button', { name: /Edit title and details/ }).click();
  await phones.getByRole('button', { name: 'Delete problem' }).click();
  const confirmDelete = phones.getByRole('group', { name: 'Confirm delete' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Keep');
  await confirmDelete.getByRole('button', { name: 'Keep' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Delete problem');
  await phones.getByRole('button', { name: 'Delete problem' }).click();
  await confirmDelete.getByRole('button', { name: 'Delete' }).click();
  assert.deepEqual(await titles(), [LEADS, XSS]);
  await allSaved(page);
  await page.reload();
  await page.locator('#problem-filter').selectOption('all');
  assert.deepEqual(await titles(), [LEADS, XSS]);

  // ---------- History: search the minutes, open the past meeting read-only ----------
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('heading', { name: 'Meetings held' }).waitFor();
  assert.equal(await page.locator('.history-page .meeting-item').count(), 2);
  await page.getByRole('searchbox').fill('monthly webinar');
  assert.equal(await page.locator('.history-page .meeting-item').count(), 1);
  await page.locator('.history-page .meeting-item a').click();
  await page.waitForURL(firstUrl);
  await page.getByLabel('Note-taker: Ben — edit the minutes').waitFor();
  assert.equal(await page.locator('#minutes-text').inputValue(), edited);
  await page.getByRole('heading', { name: 'Participation' }).waitFor();
  assert.equal(await editable.count(), 1);
  assert.match(await page.locator('.oc-outcomes').innerText(), /Draft the pricing one-pager\s+Done/);
  await noImages(page);

  // ---------- Phone ----------
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  assert.ok((await overflow(page)) <= 0, 'finished meeting wider than the phone');
  await screenshot(page, 'outcomes-minutes-phone');
  await page.goto(secondUrl);
  await segment(page, 2);
  assert.ok((await overflow(page)) <= 0, 'progress segment wider than the phone');
  await screenshot(page, 'outcomes-progress-phone');
  await key(page, 'n');
  await segment(page, 3);
  await key(page, 'n');
  await segment(page, 4);
  await page.getByText('4 attendees have no action item yet.').waitFor();
  await page.locator('#new-action-what').fill('Test the sign-up form on three phones');
  await page.locator('#new-action-what').press('Enter');
  await page.getByRole('listitem', { name: 'Action item: Test the sign-up form on three phones' }).waitFor();
  assert.ok((await overflow(page)) <= 0, 'action items wider than the phone');
  await screenshot(page, 'outcomes-actions-phone');
  await page.goto(page.url().replace(/#.*$/, '#/problems'));
  await page.getByRole('heading', { name: 'Problem log', level: 1 }).waitFor();
  assert.ok((await overflow(page)) <= 0, 'problem log wider than the phone');
  await screenshot(page, 'outcomes-log-phone');

  await noImages(page);
  assertNoErrors(errors);
  await context.close();
});
