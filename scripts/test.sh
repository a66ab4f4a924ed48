#!/usr/bin/env bash
# Sets up everything (once), then runs every test: formatting, lints, the domain natively,
# storage in headless Chromium, and end-to-end journeys against the release bundle served
# from a sub-path, as on GitHub Pages.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$root/scripts/background-server.sh"
"$root/scripts/setup.sh" --test
cd "$root"
step() { printf '\n== %s\n' "$*"; }

step "Formatting"
cargo fmt --all -- --check

step "Lints (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
# The lib's own unit tests are native-only (proptest); the wasm32 tests live in tests/*.rs.
cargo clippy --target wasm32-unknown-unknown --lib --bins --test '*' --quiet -- -D warnings

step "Domain and reactive glue tests (native)"
cargo test --quiet

step "Storage tests, and the tally session over IndexedDB (wasm-bindgen-test in headless Chromium)"
# Bounded: a browser that never answers must fail the run, not hold it.
CHROMEDRIVER=$(command -v chromedriver) timeout 20m cargo test --target wasm32-unknown-unknown \
  --test storage --test reactive_glue_in_browser

step "Release bundle at a sub-path"
site=target/e2e-site
scripts/build-site.sh /smarketing/ "$site/smarketing"

step "End-to-end journeys in Chromium"
port=${E2E_PORT:-8181}
serve_in_background "$site" "$port" target/e2e-server.log E2E_PORT
# A journey that fails must not hang the run: each test has five minutes, and a file's process
# ends when its tests have, even if a browser it opened is still up.
# SITE_DIR: the update journey publishes a changed build over this one, then puts it back.
SITE_DIR="$root/$site/smarketing" APP_URL="http://127.0.0.1:$port/smarketing/" \
  node --test --test-concurrency=1 --test-timeout=300000 --test-force-exit tests/e2e/
