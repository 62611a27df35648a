#!/usr/bin/env bash
# Runs README's "Your own articles" walkthrough as written, in a fresh login
# shell (no PATH from the scripts: only what set-up installed), from an empty
# folder to a published dist/, and prints how long each step took.
#   scripts/try-walkthrough.sh [FOLDER]   (default: a new folder under /tmp;
#                                          must not exist yet)
# It writes dist/ in the repository, as README's build command does.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
folder="${1:-$(mktemp -u /tmp/tideline-walkthrough-XXXXXX)}"
if [[ -e "$folder" ]]; then
  echo "try-walkthrough.sh: $folder exists; give a new folder" >&2
  exit 2
fi

fresh() {
  env -i HOME="$HOME" PATH="/usr/local/bin:/usr/bin:/bin:$HOME/.cargo/bin" bash -lc "cd '$repo' && $1"
}
step() {
  local name="$1" started
  shift
  started=$(date +%s.%N)
  fresh "$*"
  printf '==> %-28s %6.1f s\n' "$name" "$(echo "$(date +%s.%N) - $started" | bc)" >&2
}

all=$(date +%s.%N)
step "articles in a new folder" "mkdir '$folder' && cp examples/scooters/* '$folder'/"
step "tideline init" "cargo run -q -p tideline-compiler --bin tideline -- init '$folder'"
grep -q 'FILL IN' "$folder/tideline.toml" || { echo "init wrote no FILL IN line to show" >&2; }
# What the author writes by hand: the title and the companies as actors.
step "edit tideline.toml" "sed -i 's/^title = .*/title = \"E-scooters in Port Avery\"/' '$folder/tideline.toml' && printf '\n[[actor]]\nname = \"Hopper\"\nkind = \"company\"\n\n[[actor]]\nname = \"Glide Mobility\"\nkind = \"company\"\n\n[[actor]]\nname = \"Volta Rides\"\nkind = \"company\"\n' >> '$folder/tideline.toml'"
step "tideline check" "cargo run -q -p tideline-compiler --bin tideline -- check '$folder'"
step "trunk build --release" "TIDELINE_CORPUS='$folder' trunk build --release --public-url /timeline/ 2>&1 | tail -n 3"
fresh "grep -q 'E-scooters in Port Avery' dist/tideline-*_bg.wasm" || { echo "dist/ does not hold the new timeline" >&2; exit 1; }
printf '==> %-28s %6.1f s\n' "from an empty folder to dist/" "$(echo "$(date +%s.%N) - $all" | bc)" >&2
