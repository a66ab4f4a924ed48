# Sourced by the scripts: puts the tools that setup.sh installs first on PATH.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$HOME/.cargo/bin:$root/scripts/wasm-opt/node_modules/.bin:$PATH"
# The release wasm is built with this nightly, which rebuilds the standard library for size
# (scripts/split-wasm.sh); scripts/setup.sh installs it. Everything else uses stable Rust.
export NIGHTLY_TOOLCHAIN=nightly-2026-05-20
