#!/usr/bin/env bash
# Serves the widget at http://127.0.0.1:8080/ (installing what is missing first),
# rebuilding and reloading the page when the widget, the compiler or the corpus changes.
#   scripts/serve.sh                      the corpus in seeds/ (or $TIDELINE_CORPUS)
#   scripts/serve.sh path/to/articles     that folder, anywhere on disk
# Further arguments go to `trunk serve`, e.g. --port 9000.
set -euo pipefail
here="$(pwd)"
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

if [[ $# -gt 0 && "$1" != -* ]]; then
  corpus="$1"
  shift
  [[ "$corpus" = /* ]] || corpus="$here/$corpus"
  if [[ ! -d "$corpus" ]]; then
    echo "serve.sh: $corpus is not a folder of articles" >&2
    exit 2
  fi
  export TIDELINE_CORPUS="$(cd "$corpus" && pwd)"
fi

# trunk takes --watch instead of Trunk.toml's list, so pass that list and the
# corpus: a corpus outside the repository is then watched too.
watch=()
for path in $(sed -n 's/^watch = \[\(.*\)\]/\1/p' Trunk.toml | tr -d '",'); do
  watch+=(--watch "$path")
done
[[ -n "${TIDELINE_CORPUS:-}" ]] && watch+=(--watch "$TIDELINE_CORPUS")
exec trunk serve "${watch[@]}" "$@"
