import { readFileSync } from 'node:fs';
import { launchBrowser, importFile, APP_URL, DESKTOP } from './support.mjs';
const text = readFileSync('/work/main/target/five-years.json', 'utf8');
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: DESKTOP });
const page = await ctx.newPage();
await page.goto(APP_URL + '#/exchange');
await page.locator('body > .app-header').waitFor();
await importFile(page, 'five.json', text);
await page.waitForTimeout(3000);
const nav = (name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
for (let run = 0; run < 3; run++) {
  const out = [];
  for (const [link, ready] of [['Problems', '.oc-problem-title'], ['Meeting', 'main h1'], ['History', 'main h1'], ['Playbook', 'main h1'], ['Schedule', '.sched-table tbody tr']]) {
    await nav('Roster').click(); await page.locator('.more-rows').first().waitFor();
    const t = Date.now();
    await nav(link).click();
    await page.locator(ready).first().waitFor({ timeout: 60000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    out.push(`${link} ${Date.now() - t} ms`);
  }
  console.log(out.join(', '));
}
await browser.close();
