#!/usr/bin/env bash
# Builds the release site, exactly as it is published and tested:
#   scripts/build-site.sh [PUBLIC_URL] [DIST]     (defaults: /smarketing/ and target/site/smarketing)
# Trunk builds the page and the CSS; its post_build hook (scripts/split-wasm.sh) builds the wasm,
# splits it by area and writes the boot script, the Content-Security-Policy, the service worker
# and 404.html. scripts/test.sh tests this output, scripts/bench.sh measures it and
# .github/workflows/pages.yml publishes it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
public_url=${1:-/smarketing/}
dist=${2:-target/site/smarketing}
rm -rf "$dist"
trunk --skip-version-check build --release --public-url "$public_url" --dist "$dist"
