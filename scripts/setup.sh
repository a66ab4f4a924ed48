#!/usr/bin/env bash
# Installs everything the app needs, from the package registries only, at pinned versions.
# Idempotent: every step checks first and is skipped when its tool is already right.
#   scripts/setup.sh          tools to build and serve the app
#   scripts/setup.sh --test   plus Chromium, ChromeDriver and the Node test packages
set -euo pipefail

TRUNK_VERSION=0.22.1
WASM_BINDGEN_VERSION=0.2.130 # must equal wasm-bindgen in Cargo.lock (Trunk refuses otherwise)
WASM_SPLIT_VERSION=0.2.4 # 0.2.3+ reads wasm-bindgen 0.2.128+'s output; splits the wasm by page

source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! rustup toolchain list | grep -q "^$NIGHTLY_TOOLCHAIN" ||
  ! rustup component list --toolchain "$NIGHTLY_TOOLCHAIN" --installed | grep -qx rust-src; then
  # Only for the release wasm: its standard library is rebuilt without panic messages.
  step "Installing Rust $NIGHTLY_TOOLCHAIN with its sources (about 20 seconds)"
  rustup toolchain install "$NIGHTLY_TOOLCHAIN" --profile minimal --component rust-src
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  # Trunk 0.22 declares a newer rustc than the machine's 1.95; it builds and runs fine on it.
  step "Installing Trunk $TRUNK_VERSION (about 10 minutes the first time)"
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  # Not --locked: the CLI's own lockfile pins a crate release the registry no longer serves.
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The splitter has no --version; cargo's list of installed packages says which one is there.
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  # scripts/split-wasm.sh runs it on every build: each area's pages become their own module.
  step "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# Installs a folder's Node packages from its committed lockfile, unless that lockfile is already installed.
npm_ci() {
  local dir=$1 stamp=$1/node_modules/.installed-lock-sha
  local want; want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    step "Installing Node packages in ${dir#"$root"/}"
    npm ci --prefix "$dir" --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

# wasm-opt from npm's binaryen: Debian's (version 108) produces bundles that fail at runtime.
npm_ci "$root/scripts/wasm-opt"
# terser, which scripts/finish-site.mjs runs on the JS of release builds.
npm_ci "$root/scripts/minify-js"

if [[ "${1:-}" == "--test" || "${1:-}" == "--bench" ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "Installing Chromium and ChromeDriver from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  npm_ci "$root/tests/e2e"
fi

# Lighthouse is big and only the bench reports it.
if [[ "${1:-}" == "--bench" ]]; then
  npm_ci "$root/tests/lighthouse"
fi
