// Journey: a finished meeting's minutes are written from its outcomes (escaped typed markup,
// agenda, problems and ideas, actions by owner); the meeting is read-only but for the minutes,
// which the note-taker edits (an empty text refused inline), copies as Markdown, downloads,
// prints (the print view shows only the minutes) and e-mails to those who missed it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, assertNoImages,
  assertNoAxeViolationsIn, holdFirstMeeting, OUTCOMES, APP_URL,
} from './support.mjs';

const { XSS, XSS_MD, LEADS, CALL } = OUTCOMES;

const browser = useBrowser();

test('the minutes of a finished meeting: written, edited, copied, downloaded, printed, e-mailed', async () => {
  const { context, page, errors } = await openApp(browser(), {
    failOnDialogs: true,
    initScript: () => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(APP_URL).origin });
  const { due } = await holdFirstMeeting(page);

  const minutes = page.getByLabel('Note-taker: Ben — edit the minutes');
  await minutes.waitFor();
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
  await assertNoImages(page);

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
  await assertNoAxeViolationsIn(page, '.oc-minutes');
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
  await assertNoImages(page);
  await screenshot(page, 'outcomes-print');
  await page.emulateMedia({ media: 'screen' });

  // Reload: the edited minutes are kept.
  await allSaved(page);
  await page.reload();
  await minutes.waitFor();
  assert.equal(await minutes.inputValue(), edited);

  assertNoErrors(errors);
  await context.close();
});
