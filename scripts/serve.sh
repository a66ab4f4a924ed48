#!/usr/bin/env bash
# Sets up everything the app needs (once), then serves it with live reload on http://127.0.0.1:8080/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/setup.sh"
cd "$root"
exec trunk --skip-version-check serve --dist target/serve "$@"
