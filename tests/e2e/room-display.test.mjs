// Journey: the room display. The facilitator opens it from the live meeting; it follows
// start, pause, next segment and +1 min (the bench holds each delay to 200 ms), shows the right
// second after a reload, never takes the saving turn from the facilitator's tab, and says it is
// waiting once that tab has closed. Axe on the room display, screenshots at 1920×1080 and 1024×768. Time moves with
// the context's clock, shared by both pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useBrowser, openApp, allSaved, assertNoErrors, screenshot, openRoomDisplay, watchRoom, roomShownWithin, clickAsEvent,
  reportRoomDelays,
} from './support.mjs';

const browser = useBrowser();

const T0 = new Date('2026-11-30T09:00:00').getTime();

/** A meeting with Ada on the default agenda, not started, time paused one minute on. */
async function meetingWithAda(page) {
  await page.getByLabel('Name', { exact: true }).first().fill('Ada');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.goto(page.url().replace(/#.*$/, '#/meeting'));
  await page.getByRole('checkbox', { name: 'Ada' }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.locator('.clock-panel').waitFor();
  await page.clock.pauseAt(T0 + 60_000);
}

test('the room display follows the facilitator, survives a reload and waits when the tab closes', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await meetingWithAda(page);

  // The room window opens at its own route, read-only, and asks for the state.
  const room = await openRoomDisplay(context, page, errors, T0 + 2 * 60_000);
  await room.setViewportSize({ width: 1920, height: 1080 });
  assert.match(room.url(), /#\/room\//);
  const countdown = room.getByTestId('room-countdown');
  await room.locator('.room-kicker', { hasText: 'Starts in' }).waitFor();
  await room.locator('.room-agenda li').first().waitFor();
  assert.equal(await room.locator('button, input, select, textarea').count(), 1, 'only the fullscreen button');
  await room.bringToFront();
  await screenshot(room, 'room-before-start-1920', { fullPage: false });

  const changes = await watchRoom(room);
  const timings = {};
  timings.start = await roomShownWithin(
    await clickAsEvent(page.getByRole('button', { name: 'Start meeting' }).first()),
    changes,
    (text) => text.includes('Segment 1 of'),
  );
  const facilitatorTime = page.getByTestId('segment-time');
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText());

  // Time passes on both pages; the room computes the same second from the instants.
  // The pages' clocks jump one after the other, so a heartbeat sent during the jump can look
  // old to the room: run on past the next heartbeat after every jump.
  await page.clock.fastForward('01:30');
  await page.clock.runFor(2500);
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText());
  assert.equal(await room.getByTestId('room-meeting-left').innerText(), await page.getByTestId('meeting-remaining').innerText());

  timings.pause = await roomShownWithin(
    await clickAsEvent(page.getByRole('button', { name: 'Pause' })),
    changes,
    (text) => text.includes('Paused'),
  );
  await page.clock.fastForward('05:00');
  await page.clock.runFor(2500);
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText(), 'a pause freezes both');
  await page.getByRole('button', { name: 'Resume' }).click();
  await room.getByTestId('room-stage').filter({ hasText: /^$/ }).waitFor();

  timings.next = await roomShownWithin(
    await clickAsEvent(page.getByRole('button', { name: 'Next segment' })),
    changes,
    (text) => text.includes('Segment 2 of'),
  );
  const before = await countdown.innerText();
  timings.extend = await roomShownWithin(
    await clickAsEvent(page.getByRole('button', { name: /\+1 min/ })),
    changes,
    (text) => text.includes('Segment 2 of') && !text.includes(`\n${before}\n`),
  );
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText());
  reportRoomDelays(timings);

  // Reload the room mid-meeting: it asks again and shows the right second.
  await page.clock.fastForward('00:42');
  await page.clock.runFor(2500);
  await room.reload();
  await room.locator('.room-kicker', { hasText: 'Segment 2 of' }).waitFor();
  await room.clock.runFor(300);
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText());
  assert.equal(await room.getByTestId('room-meeting-left').innerText(), await page.getByTestId('meeting-remaining').innerText());

  // Heartbeats keep the room live through a long stretch without any action.
  await page.clock.fastForward('00:30');
  await page.clock.runFor(2500);
  await countdown.waitFor();
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText());

  // Over time: the room counts up in the overrun colour, as the facilitator's screen does.
  await page.clock.fastForward('10:00');
  await page.clock.runFor(2500);
  await room.locator('.room-main.stage-overrun').waitFor();
  assert.match(await countdown.innerText(), /^\+\d+:\d\d$/);
  assert.equal(await countdown.innerText(), await facilitatorTime.innerText());
  await room.bringToFront();
  await screenshot(room, 'room-overrun-1920', { fullPage: false });

  // Readable from the back of the room: the countdown is at least a quarter of the height.
  const tall = await countdown.boundingBox();
  assert.ok(tall.height >= 1080 / 4, `countdown is ${tall.height}px tall at 1080`);
  await page.clock.resume(); // axe waits on timers of its own: let time run from here on
  const axe = await new AxeBuilder({ page: room }).withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);

  await room.setViewportSize({ width: 1024, height: 768 });
  await room.clock.runFor(300);
  const small = await countdown.boundingBox();
  assert.ok(small.height >= 768 / 4, `countdown is ${small.height}px tall at 768`);
  const fits = await room.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
  assert.ok(fits, 'no horizontal scroll at 1024×768');
  await screenshot(room, 'room-overrun-1024', { fullPage: false });

  // The facilitator's tab keeps the saving turn: a change made after the room opened is
  // saved and survives a reload of the facilitator's tab.
  await page.getByRole('button', { name: 'Next segment' }).click();
  await page.locator('.segment-position', { hasText: 'Segment 3 of' }).waitFor();
  await allSaved(page);
  assert.equal(await page.getByText('open in another tab').count(), 0, 'the facilitator still saves');
  await page.reload();
  await page.locator('.segment-position', { hasText: 'Segment 3 of' }).waitFor();
  await allSaved(page);
  await room.locator('.room-kicker', { hasText: 'Segment 3 of' }).waitFor();

  // F toggles fullscreen from the room's keyboard; the idle pointer hides.
  await room.mouse.move(10, 10);
  await room.clock.runFor(4000);
  await room.locator('.room.pointer-idle').waitFor();
  await room.mouse.move(20, 20);
  await room.locator('.room:not(.pointer-idle)').waitFor();
  await room.bringToFront();
  await room.keyboard.press('f');
  await room.getByRole('button', { name: 'Exit full screen (F)' }).waitFor();
  assert.ok(await room.evaluate(() => document.fullscreenElement !== null));
  await room.keyboard.press('f');
  await room.getByRole('button', { name: 'Full screen (F)' }).waitFor();

  // The facilitator's tab closes: the room says it is waiting, not a stale clock.
  // Within 3 s: the goodbye on pagehide, not the 6 s of silence, is what tells it.
  await page.close({ runBeforeUnload: true });
  await room.getByRole('heading', { name: "Waiting for the facilitator's meeting tab" }).waitFor({ timeout: 3000 });
  assert.equal(await countdown.count(), 0);
  await screenshot(room, 'room-waiting-1024', { fullPage: false });
  assertNoErrors(errors);
  await context.close();
});

test('at the cap the room says time is up; a facilitator tab that stops answering leaves it waiting', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openApp(browser(), { clock: T0 });
  await meetingWithAda(page);
  const room = await openRoomDisplay(context, page, errors, T0 + 2 * 60_000);
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await room.getByTestId('room-countdown').waitFor();
  // At the cap the room says so, however late it looks.
  await page.clock.fastForward('31:00');
  await page.clock.runFor(2500);
  await room.getByRole('heading', { name: "Time's up" }).waitFor();
  // The facilitator's page goes quiet without a goodbye (a frozen or killed tab): the silence
  // is measured from wall-clock instants, so the room stops trusting its copy.
  await page.evaluate(() => { BroadcastChannel.prototype.postMessage = () => {}; });
  await room.clock.fastForward('00:10');
  await room.clock.runFor(500);
  await room.getByRole('heading', { name: "Waiting for the facilitator's meeting tab" }).waitFor();
  assertNoErrors(errors);
  await context.close();
});
