# Sourced by the scripts: puts the tools that setup.sh installs first on PATH.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$HOME/.cargo/bin:$root/scripts/wasm-opt/node_modules/.bin:$PATH"
