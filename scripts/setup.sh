#!/usr/bin/env bash
# Installs what Tideline needs on a fresh machine, and nothing twice.
#   scripts/setup.sh          tools to build and serve the widget
#   scripts/setup.sh --test   plus what the tests need (Chromium, chromedriver)
# Idempotent: a second run only checks versions and takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=false
[[ "${1:-}" == "--test" ]] && want_tests=true

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The exact wasm-bindgen version the widget crate pins ("=0.2.x").
bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
trunk_series="0.21"   # trunk 0.22 needs a newer rustc than this toolchain

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if $want_tests && ! { cargo fmt --version && cargo clippy --version; } >/dev/null 2>&1; then
  say "adding rustfmt and clippy (the test command's gates)"
  rustup component add rustfmt clippy
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  # From tools/wasm-bindgen-cli and its committed lock, always --locked: the
  # lock published with the crate names a webpki-roots the registry here
  # lacks, and an unlocked install would resolve every dependency afresh.
  if ! grep -qx "wasm-bindgen-cli = \"=$bindgen_version\"" tools/wasm-bindgen-cli/Cargo.toml; then
    echo "tools/wasm-bindgen-cli pins another wasm-bindgen-cli than Cargo.toml's wasm-bindgen $bindgen_version: update its version and lock" >&2
    exit 1
  fi
  # --force replaces binaries of the same name a plain wasm-bindgen-cli install left.
  cargo install --locked --force --path tools/wasm-bindgen-cli
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $trunk_series."* ]]; then
  say "installing trunk $trunk_series (about 7 minutes)"
  cargo install --locked trunk --version "~$trunk_series"
fi

# wasm-opt (binaryen 132) and playwright-core come from the committed lock file.
if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund
fi

# trunk looks for wasm-opt on PATH, then in its tools cache
# (<cache>/trunk/wasm-opt-<version>/bin/wasm-opt, the `directories` crate's
# cache folder). PATH holds node_modules/.bin only inside the scripts, so the
# pinned binaryen's wasm-opt (one self-contained node script) is copied into
# that cache: plain `trunk build` and `trunk serve` then find it in any shell
# and never download one.
wasm_opt_version=$(sed -n 's/^wasm_opt = "\(version_[0-9]*\)".*/\1/p' Trunk.toml)
if [[ "$(uname -s)" == Darwin ]]; then
  trunk_cache="$HOME/Library/Caches/dev.trunkrs.trunk"
else
  trunk_cache="${XDG_CACHE_HOME:-$HOME/.cache}/trunk"
fi
trunk_wasm_opt="$trunk_cache/wasm-opt-$wasm_opt_version/bin"
if [[ "$("$trunk_wasm_opt/wasm-opt" --version 2>/dev/null)" != *"($wasm_opt_version)" ]]; then
  say "placing binaryen's wasm-opt ($wasm_opt_version) in trunk's tools cache"
  if [[ "$(node_modules/.bin/wasm-opt --version 2>/dev/null)" != *"($wasm_opt_version)" ]]; then
    echo "node_modules/.bin/wasm-opt is not $wasm_opt_version: make package.json's binaryen match Trunk.toml's wasm_opt" >&2
    exit 1
  fi
  mkdir -p "$trunk_wasm_opt"
  cp node_modules/binaryen/bin/wasm-opt node_modules/binaryen/bin/package.json "$trunk_wasm_opt/"
  chmod +x "$trunk_wasm_opt/wasm-opt"
fi

# Fetch crates once so trunk and cargo can build offline.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked

if $want_tests; then
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    say "installing Chromium and chromedriver from Debian"
    sudo_cmd=""
    [[ "$(id -u)" != 0 ]] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
