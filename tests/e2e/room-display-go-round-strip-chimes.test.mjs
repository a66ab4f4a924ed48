// Journey: what else the room display shows, as the facilitator chooses. In the new-problems
// segment it shows who the go-round asks now and next, following each mark (the bench holds
// each delay to 200 ms); the participation strip is off by default, then the balance score,
// bars with names or bars without names, as chosen in "Room display options" (kept after a reload); and the chimes can
// sound on the room display instead of the laptop. Screenshots at 1920×1080 and 1024×768; axe
// on the room with the strip on. Time moves with the context's clock, shared by both pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, openRoomDisplay, watchRoom, roomShownWithin, clickAsEvent,
  reportRoomDelays, DESKTOP, PHONE,
} from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

// Counts the audio contexts each page makes: a chime makes the page's first one.
const COUNT_AUDIO = () => {
  window.audioContextsMade = 0;
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    constructor(...args) { super(...args); window.audioContextsMade += 1; }
  };
};

test('the room shows the go-round, the participation strip as chosen, and plays the chimes when asked to', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0, initScript: COUNT_AUDIO });
  await page.getByText('Add several people at once').click();
  await page.getByLabel('One person a line').fill('Ada\nBen, marketing\nCy');
  await page.getByRole('button', { name: 'Add 3 people' }).click();
  await allSaved(page);
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  for (const name of ['Ada', 'Ben', 'Cy']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.clock.pauseAt(T0 + 60_000);

  const room = await openRoomDisplay(context, page, errors, T0 + 2 * 60_000);
  await room.setViewportSize({ width: 1920, height: 1080 });
  await room.locator('.room-kicker', { hasText: 'Starts in' }).waitFor();

  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await room.locator('.room-kicker', { hasText: 'Segment 1 of' }).waitFor();
  // Only the new-problems segment shows the go-round.
  assert.equal(await room.getByTestId('room-asking').count(), 0);
  for (const segment of [2, 3]) {
    await page.getByRole('button', { name: 'Next segment' }).click();
    await room.locator('.room-kicker', { hasText: `Segment ${segment} of` }).waitFor();
  }
  const asking = room.getByTestId('room-asking');
  await asking.getByText('Asking now: Ada').waitFor();
  // The go-round's order is the meeting's attendee order, as on the laptop.
  await asking.getByText('Then: Cy').waitFor();
  // The strip is off until the facilitator turns it on: the room does not even get the tally.
  assert.equal(await room.getByTestId('room-strip').count(), 0);

  const changes = await watchRoom(room);
  const timings = {};
  timings.goRound = await roomShownWithin(
    await clickAsEvent(page.getByRole('button', { name: 'Raised a problem (Ada)' })),
    changes,
    (text) => text.includes('Asking now: Cy') && text.includes('Then: Ben'),
  );
  // Ada, Ada, Cy: taps from the keyboard (1 and 2, the first two tiles).
  await page.locator('h1').first().click();
  for (const key of ['1', '1', '2']) await page.keyboard.press(key);
  await page.getByText('Room display options').click();
  timings.strip = await roomShownWithin(
    () => page.locator('#room-strip').selectOption({ label: 'Balance score' }),
    changes,
    (text) => /Balance(?: \d+ of 100|: too few turns yet)/.test(text),
  );
  timings.bars = await roomShownWithin(
    () => page.locator('#room-strip').selectOption({ label: 'Bars with names' }),
    changes,
    (text) => text.includes('Ada') && text.includes('Cy') && !text.includes('Balance'),
  );
  await screenshot(page, 'room-options-desktop', { fullPage: false });
  await page.setViewportSize(PHONE);
  await screenshot(page, 'room-options-phone', { fullPage: false });
  await page.setViewportSize(DESKTOP);
  reportRoomDelays(timings);
  const bars = room.getByTestId('room-strip').getByRole('img');
  assert.deepEqual(await bars.evaluateAll((all) => all.map((bar) => bar.getAttribute('aria-label'))), [
    'Ada: 100% of the most turns', 'Cy: 50% of the most turns', 'Ben: 0% of the most turns',
  ]);
  await room.bringToFront();
  await screenshot(room, 'room-go-round-strip-1920', { fullPage: false });

  await page.locator('#room-strip').selectOption({ label: 'Bars without names' });
  await room.getByRole('img', { name: 'Attendee 1: 100% of the most turns' }).waitFor();
  assert.equal((await room.locator('.room-bar-name').allInnerTexts()).join(''), '');
  await room.setViewportSize({ width: 1024, height: 768 });
  const countdown = await room.getByTestId('room-countdown').boundingBox();
  assert.ok(countdown.height >= 768 / 4, `countdown is ${countdown.height}px tall at 768`);
  assert.ok(await room.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal scroll');
  await screenshot(room, 'room-go-round-strip-1024', { fullPage: false });

  // The choice is kept: after a reload of the facilitator's tab, the room still shows it.
  await allSaved(page);
  await page.reload();
  await page.locator('.clock-panel').waitFor();
  await page.getByText('Room display options').click();
  assert.equal(await page.locator('#room-strip').inputValue(), 'anonymous-bars');
  await room.getByRole('img', { name: 'Attendee 2: 50% of the most turns' }).waitFor();

  // Chimes on the room display: the room offers to allow sound when the browser needs a click
  // in the window first, then chimes as the segment enters its last 30%; the laptop stays silent.
  await page.locator('#room-chimes').selectOption({ label: 'The room display' });
  await allSaved(page);
  // A window the browser already counts as used (Chromium sometimes does, for a window opened
  // from a click) may play sound at once: then there is nothing to allow.
  const allow = room.getByRole('button', { name: 'Allow the chimes on this screen' });
  if (!(await room.evaluate(() => navigator.userActivation.hasBeenActive))) {
    await allow.click();
    await allow.waitFor({ state: 'detached' });
  }
  assert.equal(await room.locator('main').getAttribute('data-chimes'), '0');
  await page.clock.fastForward('07:00');
  await page.clock.runFor(2500);
  await room.locator('main[data-chimes="1"]').waitFor();
  assert.equal(await room.evaluate(() => window.audioContextsMade), 1, 'the room made its sound');
  assert.equal(await page.evaluate(() => window.audioContextsMade), 0, 'the laptop stayed silent');

  await page.clock.resume(); // axe waits on timers of its own
  const axe = await new AxeBuilder({ page: room }).withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  assertNoErrors(errors);
  await context.close();
});
