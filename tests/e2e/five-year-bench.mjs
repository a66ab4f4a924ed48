// The five-year workspace through the app's own Import/Export page, as a user meets it: pick
// the file until the preview shows, "Import" until the page has reloaded with the data, and
// "Export whole workspace" until the download starts. Run by scripts/bench.sh (not a test:
// these are figures, with the budget of 1 s each reported beside them).
import { launchBrowser, openApp, APP_URL } from './support.mjs';

const file = process.argv[2];
const runs = 3;
const browser = await launchBrowser();
try {
  for (let run = 1; run <= runs; run++) {
    const { context, page, errors } = await openApp(browser, { hash: '#/exchange' });
    let started = Date.now();
    await page.locator('#import-file').setInputFiles(file);
    const preview = page.getByRole('region', { name: /Ready to import/ });
    await preview.waitFor({ timeout: 60_000 });
    const toPreview = Date.now() - started;

    started = Date.now();
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await preview.getByRole('button', { name: 'Import' }).click();
    await reloaded;
    await page.locator('.save-status', { hasText: 'All changes saved' }).waitFor();
    const toReloaded = Date.now() - started;

    await page.goto(APP_URL + '#/exchange');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    started = Date.now();
    await page.getByRole('button', { name: 'Export whole workspace' }).click();
    await download;
    const toDownload = Date.now() - started;

    // The pages that list the whole roster, and the problem log with years of problems and
    // action items, opened from the navigation. No budget; reported so a slower page shows up
    // here first.
    const openPage = async (link, ready) => {
      started = Date.now();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      return Date.now() - started;
    };
    const toRoster = await openPage('Roster', '.more-rows');
    const toSchedule = await openPage('Schedule', '.sched-table tbody tr');
    const toProblems = await openPage('Problems', '.oc-problems > .oc-problem');

    if (errors.length) throw new Error(`the page logged errors: ${errors.join('; ')}`);
    console.log(
      `BENCH UI run ${run}: pick file -> preview ${toPreview} ms; Import -> reloaded with the data ` +
        `${toReloaded} ms; Export -> download ${toDownload} ms (budget 1000 ms each); ` +
        `Roster page ${toRoster} ms, Schedule page ${toSchedule} ms, Problems page ${toProblems} ms (no budget)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
}
