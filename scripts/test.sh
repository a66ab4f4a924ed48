#!/usr/bin/env bash
# Sets up everything (once), then runs every test: formatting, lints, the domain natively,
# storage in headless Chromium, and end-to-end journeys against the release bundle served
# from a sub-path, as on GitHub Pages.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/setup.sh" --test
cd "$root"
step() { printf '\n== %s\n' "$*"; }

step "Formatting"
cargo fmt --all -- --check

step "Lints (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
# The lib's own unit tests are native-only (proptest); the wasm32 tests live in tests/*.rs.
cargo clippy --target wasm32-unknown-unknown --lib --bins --test '*' --quiet -- -D warnings

step "Domain tests (native)"
cargo test --quiet

step "Storage tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --test storage

step "Release bundle at a sub-path"
site=target/e2e-site
rm -rf "$site"
trunk --skip-version-check build --release --public-url /smarketing/ --dist "$site/smarketing"

step "End-to-end journeys in Chromium"
port=${E2E_PORT:-8181}
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >target/e2e-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/smarketing/" >/dev/null && break
  sleep 0.1
done
APP_URL="http://127.0.0.1:$port/smarketing/" node --test --test-concurrency=1 tests/e2e/
