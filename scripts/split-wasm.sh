#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): builds the app's wasm and splits it by area.
#
# Trunk 0.22 cannot run the splitter itself (trunk-rs/trunk#1022), so index.html tells it to skip
# the Rust app and this script does the steps, in the order that works (../shared notes, README):
#   1. cargo build (wasm32; .cargo/config.toml adds the `--emit-relocs` the splitter needs; a
#      release build uses the pinned nightly of env.sh to rebuild std for size),
#   2. wasm-split-cli: each `wasm_split` area of src/ui/pages.rs into its own module, code
#      shared by several areas into chunks, and the loader `__wasm_split.js`,
#   3. wasm-bindgen on the main module,
#   4. release only: scripts/merge-chunks.mjs, each area's module merged with the chunks it
#      shares so that a page's code is one file, then wasm-opt -Oz on every module,
#   5. scripts/finish-site.mjs: files named by content, the boot script and its
#      Content-Security-Policy hash in index.html, the service worker's file list, 404.html.
# Trunk sets TRUNK_PROFILE, TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"

name=smarketing
profile=${TRUNK_PROFILE:?run by trunk (Trunk.toml hook)}
staging=${TRUNK_STAGING_DIR:?run by trunk (Trunk.toml hook)}
public_url=${TRUNK_PUBLIC_URL:-/}

cargo_args=(build --target wasm32-unknown-unknown --bin "$name")
if [[ $profile == release ]]; then
  # The standard library rebuilt so that a panic stops the app at once, without formatting a
  # message: that takes the messages and their formatting code out of every module (measured:
  # main module 217 -> 194 KB gzip, all modules 1,169 -> 1,085 KB, on the same code). It needs a nightly Rust,
  # pinned in env.sh. Debug builds keep stable Rust and the panic messages.
  cargo_args=(+"$NIGHTLY_TOOLCHAIN" "${cargo_args[@]}" --release -Zbuild-std=std,panic_abort
    --config 'target.wasm32-unknown-unknown.rustflags = ["-Zunstable-options", "-Cpanic=immediate-abort", "-Zlocation-detail=none"]')
fi
cargo "${cargo_args[@]}"

work=target/split-wasm/$profile
rm -rf "$work"
mkdir -p "$work/split" "$work/out"
wasm-split-cli --out-name "$name" "target/wasm32-unknown-unknown/$profile/$name.wasm" "$work/split"
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir "$work/out" --out-name "$name" "$work/split/$name.wasm"
# The loader fetches the area modules and chunks relative to itself.
find "$work/split" -maxdepth 1 \( -name '*.js' -o -name 'split_*.wasm' -o -name 'chunk_*.wasm' \) \
  -exec cp {} "$work/out/" \;

if [[ $profile == release ]]; then
  node scripts/merge-chunks.mjs "$work/out"
  for wasm in "$work"/out/*.wasm; do
    wasm-opt -Oz "$wasm" -o "$wasm"
  done
fi

node scripts/finish-site.mjs "$work/out" "$staging" "$public_url" "$profile"
