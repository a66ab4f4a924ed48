// Journey: a meeting whose start time has passed says so on its live screen, with one big
// Start now button that starts it and takes the notice away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, assertNoErrors, startOverdueMeetingOfGus } from './support.mjs';

const browser = useBrowser();

test('a meeting whose start time has passed says so with one big Start button', async () => {
  const { context, page, errors } = await openApp(browser());
  const banner = await startOverdueMeetingOfGus(page);
  assert.equal(await banner.count(), 0);
  assertNoErrors(errors);
  await context.close();
});
