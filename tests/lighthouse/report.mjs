// Lighthouse on the served release bundle, as a desktop and as a throttled phone: the four
// category scores and the load metrics behind the performance one. Run by scripts/bench.sh with
// the app's URL of each page to measure; a fresh profile, so it measures the first visit to an
// empty workspace. The largest paint is the page's opening that index.html draws; "interactive"
// says when the app itself is running, so both are reported.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const urls = process.argv.slice(2);
const lighthouse = fileURLToPath(new URL('./node_modules/.bin/lighthouse', import.meta.url));
const chrome = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();

for (const url of urls) for (const device of ['desktop', 'mobile']) {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
  ];
  if (device === 'desktop') args.push('--preset=desktop');
  const report = JSON.parse(
    execFileSync(lighthouse, args, {
      env: { ...process.env, CHROME_PATH: chrome },
      maxBuffer: 200 * 1024 * 1024,
      encoding: 'utf8',
    }),
  );
  const score = (id) => Math.round(report.categories[id].score * 100);
  const metric = (id) => report.audits[id].displayValue;
  console.log(
    `BENCH Lighthouse ${new URL(url).hash} ${device}: performance ${score('performance')}, accessibility ` +
      `${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
      `first paint ${metric('first-contentful-paint')}, largest paint ` +
      `${metric('largest-contentful-paint')}, interactive ${metric('interactive')}, ` +
      `blocking ${metric('total-blocking-time')}, ` +
      `layout shift ${metric('cumulative-layout-shift')}`,
  );
}
