// Cold visits, as a first-time visitor gets them: each page opened straight from its link in a
// fresh profile, from a server that compresses like GitHub Pages (scripts/serve-site.mjs).
// Counts what the page itself fetched (HTML, CSS, JS, wasm; not the service worker's
// background copy) until its heading shows, with the bytes as they crossed the wire.
//   APP_URL=http://127.0.0.1:PORT/smarketing/ node tests/e2e/cold-visit-bench.mjs [MAX_KB MAX_REQUESTS]
// Prints one BENCH line per page and exits non-zero when a page is over a budget.
import { APP_URL, launchBrowser } from './support.mjs';

const maxKb = Number(process.argv[2] ?? 300);
const maxRequests = Number(process.argv[3] ?? 15);
const MEETING_ID = '00000000-0000-4000-8000-00000000a001';
const TEMPLATE_ID = '00000000-0000-4000-8000-00000000b001';
const PAGES = [
  ['Roster', '#/roster'],
  ['Schedule', '#/schedule'],
  ['Meetings', '#/meeting'],
  ['Live meeting', `#/meeting/${MEETING_ID}`],
  ['Problems', '#/problems'],
  ['Templates', '#/templates'],
  ['Template editor', `#/templates/${TEMPLATE_ID}`],
  ['Playbook', '#/playbook'],
  ['History', '#/history'],
  ['Import/Export', '#/exchange'],
  // The second screen, opened cold (it waits for the facilitator's tab), and a minutes link
  // (this one does not open, which shows the same page with its refusal).
  ['Room display', `#/room/${MEETING_ID}`],
  ['Minutes link', '#/minutes/not-a-link'],
];
const COUNTED = /\.(html|css|js|wasm)$|\/$/;

const browser = await launchBrowser();
let over = false;
const rows = [];
for (const [name, hash] of PAGES) {
  const context = await browser.newContext();
  // The app leaves the other areas' prefetch and the service worker's copy for when the browser
  // is idle after the page shows; holding idle callbacks keeps them out of the count.
  await context.addInitScript(() => { window.requestIdleCallback = () => 0; });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => {
    if (request.serviceWorker() || !request.frame()) return;
    if (COUNTED.test(new URL(request.url()).pathname)) requested.push(request);
  });
  const started = Date.now();
  await page.goto(APP_URL + hash);
  // Interactive: the page's heading is there ("… not found" for the ids of an empty workspace).
  await page.locator('main h1').first().waitFor();
  const shownMs = Date.now() - started;
  const beforeShown = requested.slice();
  const fetched = [];
  for (const request of beforeShown) {
    const response = await request.response();
    await response?.finished();
    const sizes = await request.sizes();
    fetched.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
  }
  const kb = fetched.reduce((sum, f) => sum + f.bytes, 0) / 1024;
  const line =
    `BENCH cold visit ${name.padEnd(16)} ${kb.toFixed(1).padStart(6)} KB gzip, ` +
    `${String(fetched.length).padStart(2)} requests, shown in ${shownMs} ms`;
  const isOver = kb > maxKb || fetched.length > maxRequests;
  over ||= isOver;
  rows.push(line + (isOver ? '  OVER BUDGET' : ''));
  await context.close();
}
await browser.close();
console.log(rows.join('\n'));
console.log(`Budget per cold visit: ${maxKb} KB gzip, ${maxRequests} requests`);
process.exit(over ? 1 : 0);
