#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests, a short time-boxed run of
# each fuzz target, then the end-to-end tests in headless Chromium
# (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

echo "==> formatting and lints (rustfmt.toml; clippy with warnings as errors, native and wasm32)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --workspace --exclude tideline-compiler --all-targets --target wasm32-unknown-unknown --locked -- -D warnings

echo "==> cargo test (model, compiler, widget logic)"
cargo test --workspace --locked

echo "==> the development gold is well formed"
python3 tests/fixtures/dev-gold/check.py

echo "==> fuzzing: each target for 15 s (scripts/fuzz.sh; run longer by hand)"
scripts/fuzz.sh 15

echo "==> end-to-end tests in headless Chromium"
# One file at a time: each builds the widget with trunk, and builds must not
# overlap in dist/.
node --test --test-concurrency=1 tests/e2e/
