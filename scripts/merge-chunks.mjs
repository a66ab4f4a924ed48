// Gives each area one file: its module merged with every chunk it shares with other areas.
//   node scripts/merge-chunks.mjs OUT_DIR       (release builds, run by scripts/split-wasm.sh)
//
// wasm-split-cli puts the code several areas share into one chunk per combination of areas,
// so with five areas a cold visit fetched 19 to 21 files, past the budget of 15. Here each
// area's module takes in a copy of each of its chunks (binaryen's wasm-merge), the loader
// fetches that one file, and the chunk files go: a cold visit fetches 6 files. Shared code is
// downloaded once per area that uses it, which only the idle prefetch of the other areas pays.
//
// A chunk holds functions only: it imports the main module's memory, function table and stack
// pointer, and its element segment puts its functions in fixed slots of that table. Merged,
// the copies import the same three things once each (wasm-merge keeps one import per chunk,
// deduplicated here through the text format), and an area loaded after another writes its own
// copies of the same functions into the same slots: the same code over the same memory.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node scripts/merge-chunks.mjs OUT_DIR');
  process.exit(2);
}
const LOADER = join(outDir, '__wasm_split.js');
const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'inherit'] });
// The wasm features the module was built with (its target_features section, as binaryen reads
// it), so the merged module uses no other: binaryen's --all-features would also write
// encodings no browser reads yet.
const featuresOf = (module) =>
  run('wasm-opt', [module, '--print-features', '-o', '/dev/null']).toString().split('\n').filter(Boolean);

const loader = readFileSync(LOADER, 'utf8');
// Each chunk is preceded by a comment naming the areas that use it.
const chunkBlock = /\/\* ([\w, ]+) \*\/\s*const __chunk_(\d+) = makeLoad\([\s\S]*?\n, \[\]\);\n/g;
const chunksOf = new Map();
const chunkFiles = [];
for (const [, users, chunk] of loader.matchAll(chunkBlock)) {
  chunkFiles.push(`chunk_${chunk}.wasm`);
  for (const area of users.split(', ')) {
    chunksOf.set(area, [...(chunksOf.get(area) ?? []), `chunk_${chunk}.wasm`]);
  }
}
const areas = [...loader.matchAll(/"\.\/split_(\w+)\.wasm"/g)].map(([, area]) => area);
if (areas.length === 0) throw new Error('merge-chunks: the loader names no area');

// An area named `<parent>_<part>`, where `<parent>` is an area too, holds parts of the parent's
// pages (the live screen's segment tools): it is only ever needed inside them, so the loader
// below loads the parent first, and the code the two share stays in the parent's file only.
// That works because the modules reach each other's functions through the shared function
// table alone: the parent's copy of a chunk has already put those functions in their slots.
const parentOf = new Map(
  areas.flatMap((area) => {
    const parent = areas.find((other) => area.startsWith(`${other}_`));
    return parent ? [[area, parent]] : [];
  }),
);
for (const [child, parent] of parentOf) {
  if (parentOf.has(parent)) throw new Error(`merge-chunks: ${parent} is nested in another area`);
  const inParent = new Set(chunksOf.get(parent) ?? []);
  chunksOf.set(child, (chunksOf.get(child) ?? []).filter((chunk) => !inParent.has(chunk)));
}

/** The text of `wat` with one import of each thing the chunks import from the main module. */
function oneImportEach(wat) {
  const importLine = /^\s*\(import "__wasm_split" "([^"]+)" \((?:memory|table|global) \$([\w$]+)/;
  const kept = new Map();
  const replaced = new Map();
  const lines = wat.split('\n').filter((line) => {
    const found = line.match(importLine);
    if (!found) return true;
    const [, name, id] = found;
    if (!kept.has(name)) {
      kept.set(name, id);
      return true;
    }
    replaced.set(id, kept.get(name));
    return false;
  });
  return lines
    .join('\n')
    .replace(/\$((?:mimport|timport|gimport)\$\d+)(?![\w$])/g, (whole, id) =>
      replaced.has(id) ? `$${replaced.get(id)}` : whole,
    );
}

for (const area of areas) {
  const chunks = chunksOf.get(area) ?? [];
  if (chunks.length === 0) continue;
  const module = join(outDir, `split_${area}.wasm`);
  const merged = join(outDir, `split_${area}.merged.wasm`);
  const wat = join(outDir, `split_${area}.merged.wat`);
  const features = featuresOf(module);
  // Until the imports are deduplicated, each copy imports the memory again.
  run('wasm-merge', [
    ...features,
    '--enable-multimemory',
    module,
    area,
    ...chunks.flatMap((chunk) => [join(outDir, chunk), chunk.replace('.wasm', '')]),
    '-o',
    merged,
  ]);
  run('wasm-dis', [merged, '-o', wat]);
  writeFileSync(wat, oneImportEach(readFileSync(wat, 'utf8')));
  // Written with its features section, which the later wasm-opt -Oz reads them from.
  run('wasm-opt', [...features, wat, '--emit-target-features', '-o', module]);
  rmSync(merged);
  rmSync(wat);
}
for (const chunk of chunkFiles) rmSync(join(outDir, chunk));

// The loader without the chunks: each area's load fetches its one file, and a nested area's
// waits for its parent's (named so that the child can call it; a thunk, since the parent may be
// declared further down).
const exportedLoad = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n, \[(?:__chunk_\d+(?:, __chunk_\d+)*)?\]\)\);/g;
const rewritten = loader.replace(chunkBlock, '').replace(exportedLoad, (whole, area, fetcher) => {
  const deps = parentOf.has(area) ? `() => __area_${parentOf.get(area)}()` : '';
  return `const __area_${area} = makeLoad(${fetcher}\n, [${deps}]);\n` +
    `export const __wasm_split_load_${area} = wrapAsyncCb(__area_${area});`;
});
if (rewritten.includes('__chunk_')) throw new Error('merge-chunks: the loader still names a chunk');
for (const area of areas) {
  if (!rewritten.includes(`const __area_${area} = makeLoad(`)) {
    throw new Error(`merge-chunks: the loader's load of ${area} was not rewritten`);
  }
}
writeFileSync(LOADER, rewritten);
console.log(`merge-chunks: ${chunkFiles.length} chunks merged into ${areas.length} areas`);
