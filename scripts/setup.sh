#!/usr/bin/env bash
# Installs everything ClaudeLang needs to build, test and benchmark on Debian 12, as root.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang-14 clang libclang-rt-14-dev llvm-14-dev    # asan and fuzz builds, the LLVM JIT
  libtommath-dev       # exact integers of any size
  libicu-dev           # Unicode case mapping
  libedit-dev          # line editing in the REPL
  libcurl4-openssl-dev # network:fetch
  libjansson-dev       # JSON for benchmark history and the language server
  libcriterion-dev     # C unit tests
  python3 python3-dev  # the CPython module
  lua5.4 luajit        # peer runtimes for the benchmarks
  valgrind             # callgrind instruction counts for the regression gate
)
if [ "${CL_SETUP_BROWSER:-1}" = 1 ]; then
  packages+=(chromium)  # renders the benchmark dashboard in the dashboard test
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: run as root (it installs Debian packages with apt-get)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
