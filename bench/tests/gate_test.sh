#!/usr/bin/env bash
# gate_test.sh SOURCE_DIR WORK_DIR [NORMAL]: shows that the regression gate works. Builds
# `claudelang` in Release under WORK_DIR with CL_SLOW_OPCODE_HOOK (ADD does extra work), and a
# normal Release build too unless NORMAL names one (the release preset passes its own), records an instruction-count baseline with the normal build, then checks that
# `claudelang bench --check` passes on the normal build and fails on the slowed one, naming
# the benchmark. Exit 77 (skipped) when valgrind is not installed.
set -u
source_dir=$1
work=$2
cases=gate/fib,gate/loop,gate/closures
normal=${3:-}

if ! command -v valgrind > /dev/null; then
  echo "SKIP: valgrind is not installed (the gate counts instructions with callgrind)"
  exit 77
fi

# Configures (once) and builds the claudelang target in WORK/NAME with extra CMake options.
build() {
  local name=$1; shift
  local dir=$work/$name
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCL_WERROR=OFF \
          -DCL_PYTHON=OFF "$@" > "$work/$name-configure.log" 2>&1 ||
      { cat "$work/$name-configure.log"; echo "FAIL: cannot configure the $name build"; exit 1; }
  fi
  cmake --build "$dir" --target claudelang > "$work/$name-build.log" 2>&1 ||
    { tail -30 "$work/$name-build.log"; echo "FAIL: cannot build the $name build"; exit 1; }
}

mkdir -p "$work"
if [ -z "$normal" ]; then
  build normal -DCL_SLOW_OPCODE_HOOK=OFF
  normal=$work/normal/claudelang
fi
build slowhook -DCL_SLOW_OPCODE_HOOK=ON
slow=$work/slowhook/claudelang
baseline=$work/baseline.json

"$normal" bench --save-baseline --baseline "$baseline" --filter "$cases" --quiet ||
  { echo "FAIL: could not record the baseline"; exit 1; }

echo "--- the normal build against its own baseline (must pass)"
"$normal" bench --check --baseline "$baseline" --filter "$cases" --quiet
status=$?
if [ $status -ne 0 ]; then
  echo "FAIL: --check failed (status $status) on the build the baseline was recorded with"
  exit 1
fi

echo "--- the build with the slowed ADD opcode (must fail, naming the benchmark)"
output=$("$slow" bench --check --baseline "$baseline" --filter "$cases" --quiet)
status=$?
echo "$output"
if [ $status -ne 1 ]; then
  echo "FAIL: --check exited with $status on the slowed build, expected 1"
  exit 1
fi
if ! grep -q 'gate/fib .*REGRESSION' <<< "$output"; then
  echo "FAIL: the report does not name gate/fib as a regression"
  exit 1
fi
echo "PASS: the gate trips on the slowed build and passes on the normal one"
