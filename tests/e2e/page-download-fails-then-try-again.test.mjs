// Journey: the connection drops before a page's code was ever downloaded (the app was opened
// on the Roster, and the idle download of the other pages had not run yet). Opening the
// Schedule keeps its heading and introduction and says the page could not be downloaded;
// once the connection is back, "Try again" shows the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, profileWithoutTheCode, assertNoErrors, screenshot, REFUSED_DOWNLOAD, APP_URL, APP_READY,
} from './support.mjs';

const browser = useBrowser();

// The Schedule area's module and the chunks it shares with other areas.
const SCHEDULE_CODE = /\/(split_schedule|chunk_\d+)-[^/]*\.wasm$/;

test('a page whose code cannot be downloaded says so under its heading, and "Try again" opens it', async () => {
  // The service worker would answer from its cache: this is the visit before it has one.
  const { context, page, errors } = await profileWithoutTheCode(browser());
  await page.goto(APP_URL + '#/roster');
  await page.locator(APP_READY).waitFor();
  await page.getByRole('heading', { name: 'Add a person' }).waitFor();

  let refused = 0;
  await page.route(SCHEDULE_CODE, (route) => { refused += 1; return route.abort('internetdisconnected'); });
  await page.goto(APP_URL + '#/schedule');
  const failure = page.getByRole('alert').filter({ hasText: 'This page could not be downloaded.' });
  await failure.waitFor();
  assert.ok(refused > 0, 'the Schedule code was requested');
  await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
  await page.getByText('Who attends each meeting').waitFor();
  await screenshot(page, 'page-download-failed-phone', { fullPage: false });

  await page.unroute(SCHEDULE_CODE);
  await failure.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'When and how many' }).waitFor();
  assert.equal(await failure.count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Schedule', level: 1 }).count(), 1);
  // The refused downloads, as the browser and the splitter's loader log them (the details the
  // message points to); nothing else may fail.
  assertNoErrors(errors.filter((e) => !REFUSED_DOWNLOAD.test(e)));
  await context.close();
});
