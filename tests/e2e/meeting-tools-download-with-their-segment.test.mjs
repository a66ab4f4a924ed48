// Journey: the live screen downloads the tools of the segment under way only (each segment's
// tools are a module of their own). A facilitator whose browser lost the app's files opens the
// meeting while the connection drops: the clock, the tally and the agenda work, the segment's
// place says its tools could not be downloaded, and "Try again" brings them (saying they are
// coming while they download). The next segment downloads its own tools when the clock
// reaches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, assertNoErrors, screenshot, workspaceWithMeetingToRun, workspaceWithoutTheCode, nextSegment,
  REFUSED_DOWNLOAD, APP_URL,
} from './support.mjs';

const browser = useBrowser();

const areaOf = (url) => new URL(url).pathname.split('/').pop().match(/^split_(\w+?)-/)?.[1];

test('a meeting downloads its segment\'s tools as it reaches them, and "Try again" brings them back', async () => {
  const workspace = workspaceWithMeetingToRun();
  const { context, page, errors } = await workspaceWithoutTheCode(browser(), workspace.text);
  const areas = new Set();
  page.on('request', (request) => { const area = areaOf(request.url()); if (area) areas.add(area); });
  const REVIEW_TOOLS = /\/split_live_review-[^/]*\.wasm$/;
  await page.route(REVIEW_TOOLS, (route) => route.abort('internetdisconnected'));
  await page.goto(APP_URL + `#/meeting/${workspace.toRun}`);

  await page.getByRole('heading', { name: workspace.title, level: 1 }).waitFor();
  const failure = page.getByRole('alert').filter({ hasText: 'The tools for this part of the meeting could not be downloaded.' });
  await failure.waitFor();
  // The rest of the screen works: the clock starts and the agenda is there.
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.locator('.segment-position', { hasText: 'Segment 1 of 4' }).waitFor();
  await page.getByRole('table', { name: 'Agenda' }).waitFor();
  await failure.scrollIntoViewIfNeeded();
  await screenshot(page, 'segment-tools-not-downloaded-phone', { fullPage: false });

  // The connection is back but slow: the place says the tools are coming until they are here.
  await page.unroute(REVIEW_TOOLS);
  let arrive;
  const slow = new Promise((resolve) => { arrive = resolve; });
  await page.route(REVIEW_TOOLS, async (route) => { await slow; await route.continue(); });
  await failure.getByRole('button', { name: 'Try again' }).click();
  const coming = page.getByRole('status').filter({ hasText: 'Downloading the tools for this part of the meeting' });
  await coming.waitFor();
  arrive();
  await page.getByRole('heading', { name: 'Review of the last meeting' }).waitFor();
  assert.equal(await coming.count(), 0);
  assert.equal(await failure.count(), 0);
  assert.deepEqual([...areas].sort(), ['live', 'live_review'], 'only the screen and the review tools were fetched');

  await nextSegment(page, 2);
  await page.getByRole('heading', { name: 'Deliverables', exact: true }).waitFor();
  assert.ok(areas.has('live_progress'), 'the progress tools were fetched when the clock reached them');
  assert.ok(!areas.has('live_closed') && !areas.has('live_actions'), [...areas].join(', '));

  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
