#!/usr/bin/env bash
# Golden tests of `claudelang parse`: for every NAME.cl in DIR, the syntax graph listing on
# stdout must equal NAME.tree and the diagnostics on stderr must equal NAME.diag.
#
#   run_golden.sh PATH_TO_claudelang DIR [--update]
#
# NAME.tree is compared when it exists. With NAME.diag the exit status must be 1 and stderr
# must equal it; without one, stderr must be empty and the exit status 0. Each case runs inside
# DIR with its bare file name, so the expected files hold no absolute paths.
# --update (or CL_GOLDEN_UPDATE=1) rewrites the expected files from the current output instead
# of comparing: NAME.tree unless the case has only a NAME.diag (a tree too big to keep), and
# NAME.diag when there are diagnostics (else it is removed).
# Prints one line per failing case, then "N passed, N failed"; exits 1 if any case failed.

set -u

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 PATH_TO_claudelang DIR [--update]" >&2
    exit 2
fi
impl=$1
dir=$2
update=${CL_GOLDEN_UPDATE:-0}
if [ "${3:-}" = "--update" ]; then
    update=1
elif [ $# -eq 3 ]; then
    echo "$0: unknown option '$3'" >&2
    exit 2
fi
if [[ "$impl" == */* ]]; then
    impl=$(cd "$(dirname "$impl")" && pwd)/$(basename "$impl")
fi
cd "$dir" || exit 2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/claudelang-golden.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0

fail() { # name reason
    failed=$((failed + 1))
    printf 'FAIL %s: %s\n' "$1" "$2"
}

shopt -s nullglob
for source in *.cl; do
    name=${source%.cl}
    NO_COLOR=1 "$impl" parse "$source" >"$scratch/out" 2>"$scratch/err" </dev/null
    status=$?
    if [ "$update" = 1 ]; then
        if [ -f "$name.tree" ] || [ ! -f "$name.diag" ]; then cp "$scratch/out" "$name.tree"; fi
        if [ -s "$scratch/err" ]; then cp "$scratch/err" "$name.diag"; else rm -f "$name.diag"; fi
        passed=$((passed + 1))
        continue
    fi
    if [ ! -f "$name.tree" ] && [ ! -f "$name.diag" ]; then
        fail "$name" "no $name.tree or $name.diag (run with --update to create them)"
        continue
    fi
    if [ -f "$name.tree" ] && ! cmp -s "$name.tree" "$scratch/out"; then
        fail "$name" "stdout differs from $name.tree: $(diff "$name.tree" "$scratch/out" | head -n 3 | tr '\n' ' ')"
        continue
    fi
    if [ -f "$name.diag" ]; then
        if [ "$status" -ne 1 ]; then
            fail "$name" "exit status $status, expected 1"
            continue
        fi
        if ! cmp -s "$name.diag" "$scratch/err"; then
            fail "$name" "stderr differs from $name.diag: $(diff "$name.diag" "$scratch/err" | head -n 3 | tr '\n' ' ')"
            continue
        fi
    elif [ "$status" -ne 0 ] || [ -s "$scratch/err" ]; then
        fail "$name" "exit status $status, expected 0 and no diagnostics: $(head -n 1 "$scratch/err")"
        continue
    fi
    passed=$((passed + 1))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
