#!/usr/bin/env bash
# What the widget's logic alone weighs: builds bench/size-floor (the widget
# crate without its DOM layer, exporting what the view asks of the logic) the
# way trunk builds the widget (same profile, wasm-bindgen, the same wasm-opt
# flags as www/index.html, esbuild on the glue), and prints gzip -9 sizes next
# to the default widget's budget. Whatever UI is drawn on top, in Rust or JS,
# adds to this. Usage: bench/size-floor.sh (after scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target=${CARGO_TARGET_DIR:-target}

cargo build --release --locked --target wasm32-unknown-unknown -p tideline-size-floor
wasm-bindgen --target web --out-dir "$out" "$target/wasm32-unknown-unknown/release/tideline_size_floor.wasm"
# The widget's wasm-opt level and parameters, read from the page trunk builds.
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' www/index.html)
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' www/index.html)
[ -n "$level" ] || { echo "size-floor: no data-wasm-opt in www/index.html" >&2; exit 1; }
# shellcheck disable=SC2086 # the parameters are separate flags
wasm-opt "-O$level" $params "$out/tideline_size_floor_bg.wasm" -o "$out/floor.wasm"
node_modules/.bin/esbuild --minify --format=esm --log-level=warning "$out/tideline_size_floor.js" --outfile="$out/floor.js"

gz() { gzip -9c "$1" | wc -c; }
wasm=$(gz "$out/floor.wasm")
glue=$(gz "$out/floor.js")
budget=$((60 * 1024))
printf 'logic wasm (code, CSS, seeds)  %7d B raw  %6d B gzip\n' "$(wc -c <"$out/floor.wasm")" "$wasm"
printf 'its wasm-bindgen glue          %7d B raw  %6d B gzip\n' "$(wc -c <"$out/floor.js")" "$glue"
printf 'logic total                                 %6d B gzip\n' $((wasm + glue))
printf 'left for the whole UI under the %d B budget: %d B\n' "$budget" $((budget - wasm - glue))
