# Sourced by test.sh and bench.sh, which test and measure the release site as GitHub Pages
# serves it (gzip, 404.html for unknown paths).

# serve_in_background SITE PORT LOG PORT_VARIABLE: serves SITE on PORT until the calling script
# exits and returns once the server answers. Fails, naming PORT_VARIABLE (the variable that
# chooses the port), when it cannot: another server on the port would be used instead of this
# build.
serve_in_background() {
  local site=$1 port=$2 log=$3 port_variable=$4
  node scripts/serve-site.mjs "$site" "$port" >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    grep -q "^Serving" "$log" && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q "^Serving" "$log"; then
    echo "Could not serve $site on port $port (in use?); set $port_variable to a free port." >&2
    cat "$log" >&2
    exit 1
  fi
}
