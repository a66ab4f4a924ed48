#!/usr/bin/env bash
# Reports the release bundle's size (raw and gzip) against its budget, the five-year
# workspace's import and export in Chromium, Lighthouse scores, then the criterion benches of
# the domain's hot paths.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/setup.sh"
cd "$root"

BUDGET_GZIP_KB=300 # wasm + JS glue, gzip: the finished app's budget

dist=target/bench-dist
trunk --skip-version-check build --release --dist "$dist" >/dev/null
printf '\n== Release bundle\n%-28s %10s %10s\n' file raw gzip
total_gzip=0
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  awk -v name="$(basename "$file" | sed -E 's/-[0-9a-f]{16}//')" -v raw="$raw" -v gz="$gz" \
    'BEGIN { printf "%-28s %8.1f KB %7.1f KB\n", name, raw / 1024, gz / 1024 }'
  case "$file" in *.wasm | *.js) total_gzip=$((total_gzip + gz)) ;; esac
done
awk -v gz="$total_gzip" -v budget="$BUDGET_GZIP_KB" \
  'BEGIN { printf "wasm + JS, gzip: %.1f KB (budget %d KB)\n", gz / 1024, budget }'
over_budget=0
if (( total_gzip > BUDGET_GZIP_KB * 1024 )); then
  echo "OVER BUDGET"
  over_budget=1
fi

printf '\n== Five-year workspace in headless Chromium (budget: export and import under 1 s each)\n'
"$root/scripts/setup.sh" --bench >/dev/null
CHROMEDRIVER=$(command -v chromedriver) cargo test --release --target wasm32-unknown-unknown \
  --test browser_bench -- --nocapture 2>&1 | grep -E 'BENCH|test result'

printf '\n== The same workspace through the Import/Export page of the release bundle\n'
five_years=target/five-years.json
cargo run --quiet --release --example five_year_file -- "$five_years"
port=${BENCH_PORT:-8282}
# Unbuffered, so the log says "Serving HTTP" as soon as the port is ours.
python3 -u -m http.server "$port" --bind 127.0.0.1 --directory "$dist" >target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "Serving HTTP" target/bench-server.log && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
# Another server on the port would be measured instead of this build.
if ! grep -q "Serving HTTP" target/bench-server.log; then
  echo "Could not serve the bundle on port $port (in use?); set BENCH_PORT to a free port." >&2
  cat target/bench-server.log >&2
  exit 1
fi
APP_URL="http://127.0.0.1:$port/" node tests/e2e/five-year-bench.mjs "$root/$five_years"

printf '\n== Lighthouse, first visit (desktop, and a phone on throttled 4G)\n'
node tests/lighthouse/report.mjs "http://127.0.0.1:$port/#/roster"

printf '\n== Domain benches (criterion)\n'
cargo bench --bench domain -- "$@"

# Every figure is reported first; a blown budget still fails the command.
exit "$over_budget"
