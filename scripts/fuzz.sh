#!/usr/bin/env bash
# Runs each cargo-fuzz target (fuzz/fuzz_targets) for a fixed time, one after
# another, and fails if any of them finds a crash, a panic or a timeout.
#   scripts/fuzz.sh                 20 s per target
#   scripts/fuzz.sh 300             5 minutes per target
#   scripts/fuzz.sh 60 tag_dates    only the targets named
# Installs the nightly toolchain and cargo-fuzz when missing. Corpora grow in
# fuzz/corpus/ (not in git); a crash is written to fuzz/artifacts/<target>/
# and belongs in a regression test in the crate that crashed, with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

seconds="${1:-20}"
shift || true
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || (( seconds == 0 )); then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
  exit 2
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
cargo_fuzz_version="0.13.2"

if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing the nightly toolchain (cargo-fuzz needs it for sanitizers)"
  rustup toolchain install nightly --profile minimal
fi
if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $cargo_fuzz_version" ]]; then
  say "installing cargo-fuzz $cargo_fuzz_version (about 2 minutes)"
  cargo install --locked cargo-fuzz --version "=$cargo_fuzz_version"
fi

targets=("$@")
if (( ${#targets[@]} == 0 )); then
  mapfile -t targets < <(cargo +nightly fuzz list --fuzz-dir fuzz)
fi

# The fuzz workspace has its own committed lock; refuse to run if it is stale.
cargo +nightly fetch --locked --manifest-path fuzz/Cargo.toml >/dev/null

# Starting inputs, so the fuzzers begin from real articles, settings and links.
seed() {
  local target="$1"
  local dir="fuzz/corpus/$target"
  [[ -d "$dir" ]] && return
  mkdir -p "$dir"
  case "$target" in
    read_document)
      # The first byte picks the file name's extension (0 .txt, 1 .md, 2 .html).
      local i=0
      for file in seeds/*.txt seeds/*.md seeds/*.html tests/fixtures/*.html; do
        [[ -f "$file" ]] || continue
        { printf "\\x0$(( i % 3 ))"; cat "$file"; } > "$dir/seed-$i"
        i=$(( i + 1 ))
      done
      ;;
    parse_config) cp seeds/tideline.toml "$dir/seed-tideline.toml" ;;
    url_state)
      printf '%s' 'stance=easing&cat=fine,meeting&actor=Ant+Group&from=2022-01&to=2023-07&q=fine&window=2021-03-01..2022-04-30&lanes=category&view=list&event=0abcdef01234' > "$dir/seed-readme"
      ;;
  esac
}

say "building the fuzz targets (nightly, release, address sanitizer)"
cargo +nightly fuzz build -O --fuzz-dir fuzz

failed=()
started=$SECONDS
for target in "${targets[@]}"; do
  seed "$target"
  say "fuzzing $target for ${seconds} s"
  # -timeout: one input taking over 30 s is a failure (cost must stay bounded);
  # -rss_limit_mb: so must memory.
  if ! cargo +nightly fuzz run -O --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 2> "fuzz/$target.log"; then
    failed+=("$target")
    grep -E -A20 "panicked at|ERROR: libFuzzer|SUMMARY" "fuzz/$target.log" | head -40 >&2 || true
  fi
  grep -E "^stat::number_of_executed_units|^Done" "fuzz/$target.log" >&2 || true
done

say "fuzzed ${#targets[@]} targets in $(( SECONDS - started )) s"
if (( ${#failed[@]} > 0 )); then
  echo "fuzzing found crashes in: ${failed[*]} (inputs in fuzz/artifacts/, logs in fuzz/*.log)" >&2
  exit 1
fi
