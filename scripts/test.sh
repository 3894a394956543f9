#!/usr/bin/env bash
# Builds and runs every test: the release build's full suite, then the sanitizer build's, then
# the libFuzzer targets (label fuzz: the parser and the whole pipeline, 30 s each).
set -euo pipefail
cd "$(dirname "$0")/.."
for preset in release asan fuzz; do
  bash scripts/build.sh "$preset"
  ctest --preset "$preset"
done
