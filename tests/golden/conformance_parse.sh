#!/usr/bin/env bash
# The front end against the shared conformance suite: `claudelang parse --quiet` on every .cl
# file of CASES_DIR and its folders.
#
#   conformance_parse.sh PATH_TO_claudelang CASES_DIR
#
# A case whose expected error (NAME.err, or main.err for a folder case) is parse-error must
# fail to parse: exit status 1 and error[parse-error] on stderr (for a folder case, at least
# one of its files). Every other file must parse cleanly: exit status 0 and nothing on stderr.
# Prints one line per failing file, then "N passed, N failed"; exits 1 if any failed.

set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 PATH_TO_claudelang CASES_DIR" >&2
    exit 2
fi
impl=$1
cases=$2
if [ ! -d "$cases" ]; then
    echo "$0: no cases folder '$cases'" >&2
    exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/claudelang-parse.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0

fail() { # name reason
    failed=$((failed + 1))
    printf 'FAIL %s: %s\n' "$1" "$2"
}

expects_parse_error() { # err-file
    [ -f "$1" ] && [ "$(tr -d '[:space:]' <"$1")" = "parse-error" ]
}

# Parses one file; sets `status` and leaves stderr in $scratch/err.
parse() {
    timeout -k 2 20 "$impl" parse --quiet "$1" >/dev/null 2>"$scratch/err" </dev/null
    status=$?
}

shopt -s nullglob
for entry in "$cases"/*; do
    name=$(basename "$entry")
    if [ -d "$entry" ]; then
        want_error=0
        expects_parse_error "$entry/main.err" && want_error=1
        found_error=0 bad=""
        while IFS= read -r -d '' file; do
            parse "$file"
            if [ "$status" -eq 0 ] && [ ! -s "$scratch/err" ]; then
                continue
            fi
            if [ "$status" -eq 1 ] && grep -qF 'error[parse-error]' "$scratch/err"; then
                found_error=1
                [ "$want_error" = 1 ] && continue
            fi
            bad="${file#"$entry"/}: exit status $status: $(head -n 1 "$scratch/err")"
        done < <(find "$entry" -name '*.cl' -print0 | sort -z)
        if [ -n "$bad" ]; then
            fail "$name" "$bad"
        elif [ "$want_error" = 1 ] && [ "$found_error" = 0 ]; then
            fail "$name" "expected a parse-error in one of its files"
        else
            passed=$((passed + 1))
        fi
    elif [[ "$name" == *.cl ]]; then
        name=${name%.cl}
        parse "$entry"
        if expects_parse_error "$cases/$name.err"; then
            if [ "$status" -ne 1 ] || ! grep -qF 'error[parse-error]' "$scratch/err"; then
                fail "$name" "exit status $status, expected 1 with error[parse-error]"
                continue
            fi
        elif [ "$status" -ne 0 ] || [ -s "$scratch/err" ]; then
            fail "$name" "exit status $status, expected a clean parse: $(head -n 1 "$scratch/err")"
            continue
        fi
        passed=$((passed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
