#!/usr/bin/env bash
# Serves the widget at http://127.0.0.1:8080/ (installing what is missing first).
# Extra arguments go to `trunk serve`, e.g. --port 9000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve "$@"
