// Journey: before "Undo last tap" (or Ctrl+Z) is pressed, the tally says whose checkmark it
// would take back, so a tap on the wrong tile is caught; with nothing to take back, the
// disabled button says so. The note is the button's accessible description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, allSaved, assertNoErrors, screenshot, PHONE, meetingOfAdaAndBen, axeViolations } from './support.mjs';

const browser = useBrowser();

test('the undo button names the person whose tap it takes back', async () => {
  const { context, page, errors } = await openApp(browser());
  await meetingOfAdaAndBen(page);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const undo = page.getByRole('button', { name: 'Undo last tap' });
  const note = async () => {
    const described = await undo.getAttribute('aria-describedby');
    return (await page.locator(`#${described}`).innerText()).trim();
  };
  const tile = (name) => page.locator('.tally-tile', { hasText: name });
  await page.locator('.tally-tile:not([disabled])').first().waitFor();

  assert.equal(await undo.isDisabled(), true);
  assert.equal(await note(), 'There is nothing to undo.');

  await tile('Ada').click();
  await tile('Ben').click();
  assert.equal(await undo.isDisabled(), false);
  assert.equal(await note(), 'Last tap: Ben');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'undo-note-desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'undo-note-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Each undo walks back one tap, and the note follows.
  await undo.click();
  assert.equal(await note(), 'Last tap: Ada');
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  assert.equal(await note(), 'There is nothing to undo.');
  assert.equal(await undo.isDisabled(), true);

  // After a reload the stack is the same: the note says so before anyone taps.
  await tile('Ben').click();
  await allSaved(page);
  await page.reload();
  await page.locator('.tally-tile:not([disabled])').first().waitFor();
  assert.equal(await note(), 'Last tap: Ben');
  await allSaved(page);
  assertNoErrors(errors);
  await context.close();
});
