import { readFileSync } from 'node:fs';
import { launchBrowser, importFile, APP_URL, DESKTOP } from './support.mjs';
const text = readFileSync('/work/main/target/five-years.json', 'utf8');
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: DESKTOP });
const page = await ctx.newPage();
await page.goto(APP_URL + '#/exchange');
await page.locator('body > .app-header').waitFor();
await importFile(page, 'five.json', text);
await page.goto(APP_URL + '#/meeting');
await page.locator('main h1').waitFor();
// choose first 4 attendees and create
const boxes = page.locator('fieldset input[type=checkbox]');
for (let i = 0; i < 4; i++) await boxes.nth(i).check();
let t = Date.now();
await page.getByRole('button', { name: /Create meeting|Plan meeting|Create/ }).first().click();
await page.locator('.clock-panel').waitFor({ timeout: 120000 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
console.log('create -> live', Date.now() - t, 'ms; height', await page.evaluate(() => document.documentElement.scrollHeight));
const url = page.url();
await page.goto(APP_URL + '#/roster'); await page.locator('.more-rows').waitFor();
t = Date.now();
await page.goto(url);
await page.locator('.clock-panel').waitFor({ timeout: 120000 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
console.log('reopen live', Date.now() - t, 'ms');
for (let s = 1; s < 4; s++) {
  t = Date.now();
  await page.keyboard.press('n');
  await page.waitForTimeout(50);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  console.log('segment', s, Date.now() - t, 'ms; height', await page.evaluate(() => document.documentElement.scrollHeight));
}



await browser.close();
