// Finishes the site in Trunk's staging folder, after scripts/split-wasm.sh has built, split,
// bound and optimised the wasm into OUT_DIR:
//   node scripts/finish-site.mjs OUT_DIR STAGING_DIR PUBLIC_URL PROFILE
// - copies the modules and their JS into the site, each named by its content (so a browser or
//   GitHub Pages' cache can never pair one build's glue with another build's wasm), the JS
//   minified and the main module's imports given short names (scripts/short-import-names.mjs)
//   in release builds;
// - replaces index.html's skipped Rust link with preload hints and the boot script;
// - in release builds, adds the Content-Security-Policy: scripts only from the site itself plus
//   the inline boot script by its hash (computed here, so it always matches), no other origin;
// - in release builds, writes the service worker (sw.js, from web/service-worker.js) with the
//   exact list of this build's files, and 404.html (the app itself, for unknown paths).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { shortenImportNames } from './short-import-names.mjs';

const [outDir, staging, publicUrl, profile] = process.argv.slice(2);
if (!profile) {
  console.error('usage: node scripts/finish-site.mjs OUT_DIR STAGING_DIR PUBLIC_URL PROFILE');
  process.exit(2);
}
const APP = 'smarketing';
const LOADER = '__wasm_split';

const digest = (data, encoding = 'hex') => createHash('sha256').update(data).digest(encoding);
const shortHash = (data) => digest(data).slice(0, 16);

// wasm-bindgen's glue and the splitter's loader as they are sent: terser (scripts/minify-js)
// takes a cold visit's JS from 12.5 to 10 KB gzip. Names the wasm imports are properties and
// strings, which it leaves alone.
async function minified(source) {
  const { minify } = createRequire(new URL('./minify-js/package.json', import.meta.url))('terser');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  return code;
}

// --- Files named by content ---------------------------------------------------------------
const names = readdirSync(outDir).filter((f) => statSync(join(outDir, f)).isFile()).sort();
const unexpected = names.filter((f) => !/\.(wasm|js)$/.test(f));
const folders = readdirSync(outDir).filter((f) => !statSync(join(outDir, f)).isFile());
if (unexpected.length || folders.length) {
  // wasm-bindgen snippets (inline JS from a crate) would need their own naming; none today.
  throw new Error(`unexpected build output: ${[...unexpected, ...folders].join(', ')}`);
}
const content = new Map(names.map((f) => [f, readFileSync(join(outDir, f))]));
if (profile === 'release') {
  const { wasm, glue } = shortenImportNames(
    content.get(`${APP}_bg.wasm`),
    content.get(`${APP}.js`).toString('utf8'),
    `./${APP}_bg.js`,
  );
  content.set(`${APP}_bg.wasm`, wasm);
  content.set(`${APP}.js`, Buffer.from(glue, 'utf8'));
}
const renamed = new Map();
for (const file of names.filter((f) => f.endsWith('.wasm'))) {
  renamed.set(file, file.replace(/\.wasm$/, `-${shortHash(content.get(file))}.wasm`));
}
// The glue imports the loader and the loader imports the glue, so neither can be named by its
// own content: the JS files share one name taken from every file of the build.
const buildId = shortHash(Buffer.concat(names.flatMap((f) => [Buffer.from(f), content.get(f)])));
for (const file of names.filter((f) => f.endsWith('.js'))) {
  renamed.set(file, file.replace(/\.js$/, `-${buildId}.js`));
}
for (const [file, newName] of renamed) {
  let data = content.get(file);
  if (file.endsWith('.js')) {
    // Only where a file is fetched or imported: the same names are also the wasm's import
    // module names ("./__wasm_split.js"), which must stay as they are.
    const reference = /(\bfrom\s*|\bnew URL\(\s*)(["'])(\.\/)?([\w.-]+)\2/g;
    const text = data
      .toString('utf8')
      .replace(reference, (whole, before, quote, dot, name) =>
        renamed.has(name) ? `${before}${quote}${dot ?? ''}${renamed.get(name)}${quote}` : whole,
      );
    data = Buffer.from(profile === 'release' ? await minified(text) : text, 'utf8');
  }
  writeFileSync(join(staging, newName), data);
}
const glue = renamed.get(`${APP}.js`);
const mainWasm = renamed.get(`${APP}_bg.wasm`);
const loader = renamed.get(`${LOADER}.js`);
if (!glue || !mainWasm || !loader) throw new Error(`missing ${APP}.js, ${APP}_bg.wasm or ${LOADER}.js`);

// --- index.html -------------------------------------------------------------------------------
// The first page's own code (its area's module and the chunks it shares with other areas) is
// otherwise requested only once the main module runs; hinting it from the address lets all of
// it download together with the main module. The loader says which areas need each chunk.
const loaderText = content.get(`${LOADER}.js`).toString('utf8');
const areaFiles = {};
for (const [, area] of loaderText.matchAll(/"\.\/split_(\w+)\.wasm"/g)) {
  areaFiles[area] = [renamed.get(`split_${area}.wasm`)];
}
for (const [, users, chunk] of loaderText.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_(\d+)/g)) {
  for (const area of users.split(', ')) areaFiles[area]?.push(renamed.get(`chunk_${chunk}.wasm`));
}
// The first part of each page's address (src/ui/route.rs), followed by "/" where the page with
// an id after it has other code, and the area whose code shows it (`page` in src/ui/pages.rs);
// any other address shows the roster. A meeting's address hints nothing: a fresh profile holds
// no meeting, so it shows "Meeting not found" from the main module, and a workspace that holds
// it is a returning visit, mostly served by the service worker. The
// deep-links journey checks that a cold visit fetches no area file that was not hinted.
const AREA_OF_PAGE = {
  roster: 'roster', schedule: 'schedule', meeting: 'planning', 'meeting/': null, room: 'room',
  problems: 'problems', templates: 'templates', playbook: 'playbook',
  history: 'history', exchange: 'exchange', minutes: 'minutes',
};
for (const area of new Set(Object.values(AREA_OF_PAGE))) {
  if (area !== null && !areaFiles[area]) {
    throw new Error(`the loader has no area "${area}": update AREA_OF_PAGE`);
  }
}
const hintFirstPage =
  `const files=${JSON.stringify(areaFiles)};const pages=${JSON.stringify(AREA_OF_PAGE)};` +
  'const [page,rest]=location.hash.replace(/^#?\\/?/,"").split("/");' +
  'const area=rest&&(page+"/") in pages?pages[page+"/"]:pages[page]||"roster";' +
  'for(const href of files[area]||[]){const link=document.createElement("link");' +
  'link.rel="preload";link.as="fetch";link.type="application/wasm";link.crossOrigin="anonymous";' +
  'link.href=href;document.head.append(link)}';
const bootScript =
  `import init from "./${glue}";${hintFirstPage}` + `init({ module_or_path: "./${mainWasm}" });`;
const hints = [
  `<link rel="modulepreload" href="${glue}" />`,
  `<link rel="modulepreload" href="${loader}" />`,
  `<link rel="preload" href="${mainWasm}" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
  `<script type="module">${bootScript}</script>`,
].join('');

// The opening of the page in the address (its heading and introduction) and the navigation's
// current page, drawn while the app's code downloads, as the app draws them: an address with an
// id after the page, or a page without an opening, shows none; an unknown one is the roster.
const frame = JSON.parse(readFileSync(new URL('../web/page-openings.json', import.meta.url), 'utf8'));
// In a script, "<" as an escape: no string can end the script element.
const asScriptData = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const openingScript =
  `{const {openings,areas}=${asScriptData(frame)};` +
  'const [page,rest]=location.hash.replace(/^#?\\/?/,"").split("/");const known=page in areas;' +
  'const opening=rest?null:known?openings[page]:openings.roster;' +
  'if(opening)document.currentScript.insertAdjacentHTML("beforebegin",opening);' +
  'const link=document.querySelector(`#main-nav-links a[href="#/${known?areas[page]:"roster"}"]`);' +
  'if(link){link.setAttribute("aria-current","page");' +
  'document.querySelector(".nav-toggle-current").textContent=": "+link.textContent}}';

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const rustLink = /<link\b[^>]*\brel="?rust"?[^>]*>/;
if (!rustLink.test(html)) throw new Error('index.html has no <link data-trunk rel="rust" …> to replace');
html = html.replace(rustLink, () => hints);
const openingPlace = /<script data-page-opening(?:="")?\s*><\/script>/;
if (!openingPlace.test(html)) throw new Error('index.html has no <script data-page-opening></script> to fill');
html = html.replace(openingPlace, () => `<script>${openingScript}</script>`);

if (profile === 'release') {
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '');
  const scriptHashes = inlineScripts.map((body) => `'sha256-${digest(body, 'base64')}'`);
  const policy = [
    "default-src 'self'",
    // WebAssembly compiles under 'wasm-unsafe-eval'; no other eval, no other script.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`,
    "style-src 'self'",
    // The favicon is a data: URL.
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // Right after the charset (Trunk's minifier drops the <head> tag itself), so it governs
  // everything after it.
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="utf-8"> to put the policy after');
  html = html.replace(charset, (tag) => `${tag}${meta}`);
}
writeFileSync(indexPath, html);

// --- Service worker and 404.html (release) ------------------------------------------------------
if (profile === 'release') {
  const NOT_CACHED = new Set(['sw.js', '404.html', 'index.html']);
  const walk = (folder) =>
    readdirSync(folder).flatMap((entry) => {
      const path = join(folder, entry);
      return statSync(path).isDirectory() ? walk(path) : [relative(staging, path)];
    });
  const files = walk(staging)
    .filter((file) => !NOT_CACHED.has(file))
    .sort();
  // The page itself is cached as "./", the address the app is opened at.
  const precache = ['./', ...files];
  const version = shortHash(
    Buffer.concat([Buffer.from(html), ...files.map((f) => readFileSync(join(staging, f)))]),
  );
  const template = readFileSync(new URL('../web/service-worker.js', import.meta.url), 'utf8');
  const placeholder = "const BUILD = { id: 'dev', files: [] };";
  if (!template.includes(placeholder)) throw new Error(`web/service-worker.js lost its line ${placeholder}`);
  const build = `const BUILD = ${JSON.stringify({ id: version, files: precache })};`;
  writeFileSync(join(staging, 'sw.js'), template.replace(placeholder, () => build));
  writeFileSync(join(staging, '404.html'), html);
  console.log(`finish-site: sw.js precaches ${precache.length} files (version ${version})`);
}

const sizes = [...renamed.values()].map((f) => `${f} ${statSync(join(staging, f)).size}`);
console.log(`finish-site: ${renamed.size} files (build ${buildId})\n  ${sizes.join('\n  ')}`);
