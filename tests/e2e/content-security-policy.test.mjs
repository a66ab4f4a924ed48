// Journey: the page runs under a strict Content-Security-Policy and never breaks it. The policy
// allows scripts from the site only, plus the boot script by the hash the build computed; no
// other origin at all. Any violation on any page (reported by the browser as an event) fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, addPeople, allSaved, assertNoErrors, APP_URL } from './support.mjs';

const browser = useBrowser();

function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

test('strict policy, no violation on any page, no request to another origin', async () => {
  const { context, page, errors } = await openApp(browser(), { initScript: recordViolations });

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.match(policy, /default-src 'self'/);
  assert.match(scriptSrc, /'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);

  // Every page, with something on it: people, a meeting with taps, an export.
  await addPeople(page, [['Ada', 'sales'], ['Ben', 'marketing']]);
  await page.goto(APP_URL + '#/meeting');
  for (const name of ['Ada', 'Ben']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).first().click();
  await page.locator('.tally-tile', { hasText: 'Ben' }).click();
  await allSaved(page);
  for (const hash of ['#/schedule', '#/problems', '#/templates', '#/history', '#/exchange']) {
    await page.goto(APP_URL + hash);
    await page.locator('main h1').first().waitFor();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export whole workspace' }).click();
  await download;

  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  // Everything the page loaded (documents, scripts, wasm, styles, manifest) came from the site.
  const origins = await page.evaluate(() => [
    ...new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin)),
  ]);
  assert.deepEqual(origins, [new URL(APP_URL).origin]);
  assertNoErrors(errors);
  await context.close();
});
