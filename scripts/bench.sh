#!/usr/bin/env bash
# Reports the release site's files (raw and gzip), each page's cold visit (bytes and requests,
# served gzip as GitHub Pages does) against its budget, how fast the room display follows the
# facilitator, the five-year workspace's import and export in Chromium, Lighthouse scores (desktop and a throttled phone, same server), then the
# criterion benches of the domain's hot paths.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$root/scripts/background-server.sh"
"$root/scripts/setup.sh"
cd "$root"

BUDGET_COLD_KB=300    # a cold visit to any page: wasm + JS + CSS + HTML, gzip
BUDGET_COLD_REQUESTS=15
BUDGET_ROOM_MS=200    # from a facilitator's action to the room display showing it

site=target/bench-site
scripts/build-site.sh /smarketing/ "$site/smarketing" >target/bench-build.log 2>&1 ||
  { cat target/bench-build.log >&2; exit 1; }
printf '\n== All files of the release site (the cold visits below fetch part of them)\n'
printf '%-32s %10s %10s\n' file raw gzip
total_raw=0
total_gzip=0
for file in "$site"/smarketing/*.wasm "$site"/smarketing/*.js "$site"/smarketing/*.css "$site"/smarketing/index.html; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  awk -v name="$(basename "$file" | sed -E 's/-[0-9a-f]{16}//')" -v raw="$raw" -v gz="$gz" \
    'BEGIN { printf "%-32s %8.1f KB %7.1f KB\n", name, raw / 1024, gz / 1024 }'
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gz))
done
awk -v raw="$total_raw" -v gz="$total_gzip" \
  'BEGIN { printf "all files: %.1f KB raw, %.1f KB gzip\n", raw / 1024, gz / 1024 }'

port=${BENCH_PORT:-8282}
# For the cold visits, the import and Lighthouse.
serve_in_background "$site" "$port" target/bench-server.log BENCH_PORT
app_url="http://127.0.0.1:$port/smarketing/"

printf '\n== Cold visits, served gzip (budget per page: %d KB, %d requests)\n' \
  "$BUDGET_COLD_KB" "$BUDGET_COLD_REQUESTS"
"$root/scripts/setup.sh" --bench >/dev/null
over_budget=0
APP_URL="$app_url" node tests/e2e/cold-visit-bench.mjs "$BUDGET_COLD_KB" "$BUDGET_COLD_REQUESTS" ||
  over_budget=1

printf '\n== The room display following the facilitator (budget: %d ms per action)\n' "$BUDGET_ROOM_MS"
if ! SITE_DIR="$root/$site/smarketing" APP_URL="$app_url" ROOM_DELAY_BUDGET_MS=$BUDGET_ROOM_MS \
  node --test --test-force-exit tests/e2e/room-display.test.mjs \
  tests/e2e/room-display-go-round-strip-chimes.test.mjs >target/bench-room.log 2>&1; then
  over_budget=1
fi
grep -E 'room display delays|budget [0-9]+ ms|^# (pass|fail)' target/bench-room.log

printf '\n== Five-year workspace in headless Chromium (budget: export and import under 1 s each)\n'
CHROMEDRIVER=$(command -v chromedriver) cargo test --release --target wasm32-unknown-unknown \
  --test browser_bench -- --nocapture 2>&1 | grep -E 'BENCH|test result'

printf '\n== The same workspace through the Import/Export page of the release bundle\n'
five_years=target/five-years.json
cargo run --quiet --release --example five_year_file -- "$five_years"
APP_URL="$app_url" node tests/e2e/five-year-bench.mjs "$root/$five_years"

printf '\n== Lighthouse, first visit (desktop, and a phone on throttled 4G)\n'
# The roster (where a new workspace starts), the meetings page (planning, opened every week),
# the schedule and the playbook (the two largest first visits), and a live meeting's address
# (in a fresh profile it says the meeting is not here, without the live screen's code; the
# cold-visit bench measures the screen itself with a workspace).
node tests/lighthouse/report.mjs "${app_url}#/roster" "${app_url}#/meeting" "${app_url}#/schedule" \
  "${app_url}#/playbook" "${app_url}#/meeting/00000000-0000-4000-8000-00000000a001"

printf '\n== Domain benches (criterion)\n'
cargo bench --bench domain -- "$@"

# Every figure is reported first; a blown budget still fails the command.
exit "$over_budget"
