#!/usr/bin/env bash
# Builds and runs every test: the release build's full suite, then the sanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
for preset in release asan; do
  bash scripts/build.sh "$preset"
  ctest --preset "$preset"
done
