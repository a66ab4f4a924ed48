// Draws the app's icons (web/icons/*.png) from web/icons/icon.svg with the system Chromium:
//   node scripts/make-icons.mjs     (after scripts/setup.sh --test)
// The PNGs are committed; run this again only when the SVG changes. The maskable icon keeps the
// letter inside the central 80% safe zone, on a full-bleed background.
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { readFileSync } from 'node:fs';

const icons = new URL('../web/icons/', import.meta.url).pathname;
const svg = readFileSync(`${icons}icon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const [file, size, inset, background] of [
  ['icon-192.png', 192, 0, 'transparent'],
  ['icon-512.png', 512, 0, 'transparent'],
  ['maskable-512.png', 512, 0.2, '#1d4e89'],
]) {
  await page.setViewportSize({ width: size, height: size });
  const scale = 1 - inset;
  await page.setContent(
    `<style>html,body{margin:0;background:${background}}svg{display:block;width:${size * scale}px;` +
      `height:${size * scale}px;margin:${(size * inset) / 2}px}</style>${svg}`,
  );
  await page.screenshot({ path: `${icons}${file}`, omitBackground: true });
}
await browser.close();
