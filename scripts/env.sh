# Sourced by the scripts: puts the project's pinned tools first on PATH
# (binaryen's wasm-opt from node_modules, never Debian's older one).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
