#!/usr/bin/env bash
# Black-box checks of the command line (CONVENTIONS.md): help, version, usage errors, eval's
# printed value, the error line and exit status of run, --deny, the REPL fed from a pipe, and
# disasm. Usage: test_cli.sh PATH_TO_claudelang
set -u
cl=$1
failures=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

check() { # name expected actual
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"
        failures=$((failures + 1))
    fi
}

out=$("$cl" --version); check "version" "claudelang 0.1.0" "$out"
"$cl" --help | grep -q '^usage: claudelang COMMAND'; check "help" 0 $?
"$cl" frobnicate 2>/dev/null; check "unknown command exits 2" 2 $?
"$cl" run --bogus x.cl 2>/dev/null; check "unknown flag exits 2" 2 $?
"$cl" run 2>/dev/null; check "run without a file exits 2" 2 $?
"$cl" run --help | grep -q -- '--seed N'; check "run --help" 0 $?

check "eval prints the written form" '[1 "a" #t nil]' "$("$cl" eval '[1 "a" #t nil]')"
check "eval of an empty program" "nil" "$("$cl" eval '')"
check "eval prints program output first" "$(printf 'hi\n3')" "$("$cl" eval '(io:print "hi") (+ 1 2)')"

printf '(io:print "before")\n(head [])\n' > "$scratch/fail.cl"
out=$("$cl" run "$scratch/fail.cl" 2>"$scratch/err"); status=$?
check "output before an error stays" "before" "$out"
check "error exit status" 1 $status
check "error line" "$scratch/fail.cl:2:1: error[index-out-of-range]: head of an empty list" \
      "$(head -n1 "$scratch/err")"

"$cl" eval '(io:print 1)' --deny io >/dev/null 2>&1; check "eval takes no flags after the source" 2 $?
"$cl" eval --deny io '(io:print 1)' >/dev/null 2>"$scratch/err"; status=$?
check "--deny io exit" 1 $status
grep -q 'error\[effect-denied\]' "$scratch/err"; check "--deny io kind" 0 $?
"$cl" eval --deny bogus 1 >/dev/null 2>&1; check "--deny with an unknown kind" 2 $?

out=$(printf '(define x 40)\n(+ x\n 2)\n' | "$cl" repl 2>&1)
check "repl keeps definitions and continues open forms" "$(printf 'nil\n42')" "$out"

printf '(define (f n) (+ n 1))\n' > "$scratch/d.cl"
"$cl" disasm "$scratch/d.cl" | grep -q 'ADDI'; check "disasm lists instructions" 0 $?

printf '(let ((x 1)) x' > "$scratch/bad.cl"
"$cl" run "$scratch/bad.cl" >/dev/null 2>"$scratch/err"; status=$?
check "parse error exit" 1 $status
grep -q 'error\[parse-error\]' "$scratch/err"; check "parse error kind" 0 $?

# --memory-limit: a small heap stops a growing program with out-of-memory; 0 means no limit
# (big heaps: a gcstress build collects at every 1000th allocation here, not at every one)
export CLAUDELANG_GCSTRESS_INTERVAL=1000
"$cl" eval --memory-limit 4000000 '(length (range 0 10000000))' >/dev/null 2>"$scratch/err"
status=$?
check "memory limit exit" 1 $status
grep -q 'error\[out-of-memory\]' "$scratch/err"; check "memory limit kind" 0 $?
check "memory limit 0: no limit" 1000000 "$("$cl" eval --memory-limit 0 '(length (range 0 1000000))' 2>&1)"
unset CLAUDELANG_GCSTRESS_INTERVAL

if [ $failures -eq 0 ]; then echo "all CLI checks passed"; fi
exit $((failures > 0))
