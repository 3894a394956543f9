#!/usr/bin/env bash
# Black-box checks of the language that the NAME.cl/.out/.err format cannot express (LANGUAGE.md
# §16.1, §12.3, CONVENTIONS.md): the FILE:LINE:COL of the error line, what error messages
# show, module search through CLAUDELANG_PATH, and the flags of `run` and `eval` (--seed,
# --deny, --no-optimize, --depth-limit). Usage: test_language_cli.sh PATH_TO_claudelang
set -u
cl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lang=$here/../lang
failures=0
checks=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Records a failure when expected and actual differ.
check() { # name expected actual
    checks=$((checks + 1))
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"
        failures=$((failures + 1))
    fi
}

# Records a failure unless the text matches the extended regular expression.
check_match() { # name regex text
    checks=$((checks + 1))
    if ! [[ "$3" =~ $2 ]]; then
        printf 'FAIL %s\n  expected to match: %s\n  actual:            %s\n' "$1" "$2" "$3"
        failures=$((failures + 1))
    fi
}

# Writes SOURCE (printf format: \n, \t, \r and \xHH work) to DIR/t.cl, runs it from DIR and
# checks that the first stderr line starts with "t.cl:POS: error[KIND]".
position() { # name source pos kind
    local dir=$scratch/pos/$1
    mkdir -p "$dir"
    printf "$2" > "$dir/t.cl"
    local line
    line=$(cd "$dir" && "$cl" run t.cl 2>&1 >/dev/null | head -n1)
    check "position $1" "t.cl:$3: error[$4]" "$(printf '%s' "$line" | grep -oE '^t\.cl:[0-9]+:[0-9]+: error\[[a-z-]+\]')"
}

# The first line of stderr of `claudelang eval SOURCE`.
eval_error() { # source
    "$cl" eval "$1" 2>&1 >/dev/null | head -n1
}

# ---- error positions: the start of the innermost expression that signalled (§11.5, §16.1)
position builtin_call '(io:print (+ 1 (head [])))\n' 1:16 index-out-of-range
position unbound_argument '(+ 1 foo)\n' 1:6 unbound-variable
position unbound_operator '(io:print 1)\n(nope 1)\n' 2:2 unbound-variable
position unbound_in_body '(define (f)\n  (g))\n(f)\n' 2:4 unbound-variable
position arity_user_function '(define (f a) a)\n  (f 1 2)\n' 2:3 arity-error
position arity_builtin '(io:print (not 1 2))\n' 1:11 arity-error
position arity_constructor '(data T (C a))\n(io:print (C))\n' 2:11 arity-error
position call_non_function '(io:print (3 4))\n' 1:11 type-error
position match_failure '(define x\n  (match 5 (0 1)))\n' 2:3 match-failure
position contract_violation '(spec:contract f :requires [(> x 0)])\n(define (f x) x)\n(io:print (f -1))\n' 3:11 contract-violation
# self tail calls (a jump while the global holds the running function; an ordinary call else)
position self_tail_body '(define (f n)\n  (if (== n 0) (head [])\n    (f (- n 1))))\n(f 3)\n' 2:16 index-out-of-range
position self_tail_redefined '(define (f n) (if (== n 0) 0 (f (- n 1))))\n(define g f)\n(define f 5)\n(g 2)\n' 1:30 type-error
position inside_function_body '(define (f x)\n  (+ x "a"))\n(f 1)\n' 2:3 type-error
position inside_let_in_function '(define (f x)\n  (let ((y 0))\n    (io:print (/ x y))))\n(f 1)\n' 3:15 division-by-zero
position after_tail_calls '(define (loop n) (if (== n 0) (head []) (loop (- n 1))))\n(loop 100)\n' 1:31 index-out-of-range
position unicode_columns '(io:print "日本語" (head []))\n' 1:17 index-out-of-range
position unicode_identifier_columns '(define λλ 1) (+ λλ "x")\n' 1:15 type-error
position tab_is_one_column '\t(head [])\n' 1:2 index-out-of-range
position crlf_lines '(io:print 1)\r\n  (head [])\r\n' 2:3 index-out-of-range
position byte_order_mark '\xef\xbb\xbf(head [])\n' 1:1 index-out-of-range
position shebang '#!/usr/bin/env claudelang\n(head [])\n' 2:1 index-out-of-range
position comment_lines '; one\n; two\n\n   (tail [])\n' 4:4 index-out-of-range
position string_with_newline '(io:print "a\nb" (head []))\n' 2:4 index-out-of-range
position and_operand '(and 1 (head []))\n' 1:8 index-out-of-range
position if_condition '(if (head [])\n 1 2)\n' 1:5 index-out-of-range
position callback_in_map '(map (lambda (x) (head x)) [[]])\n' 1:18 index-out-of-range
position map_non_function '(io:print 1)\n(map 5 [1])\n' 2:1 type-error
position map_non_list '(io:print 1)\n  (map identity 5)\n' 2:3 type-error
position fold_callee_arity '(fold (lambda (x) x) 0 [1])\n' 1:1 arity-error
position apply_non_list '(io:print (apply + 5))\n' 1:11 type-error
position nested_list_literal '[1 [2 (head [])]]\n' 1:7 index-out-of-range
position ordering '(io:print (< 1 "a"))\n' 1:11 type-error
position stack_overflow '(define (f n) (+ 1 (f n)))\n(f 0)\n' 1:20 stack-overflow
position effect_form '(io:print 1)\n(effect io:nothing 1)\n' 2:1 undefined-effect
position parse_unclosed_paren '(io:print 1)\n  (let ((x 1)) x\n' 2:3 parse-error
position parse_unclosed_bracket '(io:print [1 2\n' 1:11 parse-error
position parse_unterminated_string '(io:print 1)\n(io:print "abc\n' 2:11 parse-error
position parse_bad_number '(+ 1 12abc)\n' 1:6 parse-error
position parse_lone_close '(io:print 1))\n' 1:13 parse-error
position parse_mismatched_close '(io:print [1 2))\n' 1:15 parse-error
position parse_keyword '(io:print :foo)\n' 1:11 parse-error
position parse_reserved_name '(let ((if 1)) 2)\n' 1:8 parse-error
position parse_unicode_columns '(io:print "é" :k)\n' 1:15 parse-error
position parse_first_error_reported '(io:print 1)\n(io:print 1.2.3)\n(io:print 0x1)\n' 2:11 parse-error

check "eval positions use <eval>" "<eval>:1:6: error[index-out-of-range]" \
      "$(eval_error '(+ 1 (head []))' | grep -oE '^<eval>:[0-9]+:[0-9]+: error\[[a-z-]+\]')"
check "eval second line" "<eval>:2:1: error[unbound-variable]" \
      "$(eval_error "$(printf '1\nnope')" | grep -oE '^<eval>:[0-9]+:[0-9]+: error\[[a-z-]+\]')"

# ---- errors inside modules are reported at the module's own path
mkdir -p "$scratch/mod"
printf '(io:print "main")\n(import "inner")\n' > "$scratch/mod/main.cl"
printf '(define x 1)\n  (head [])\n' > "$scratch/mod/inner.cl"
line=$(cd "$scratch/mod" && "$cl" run main.cl 2>&1 >/dev/null | head -n1)
check_match "runtime error inside a module" '^(.*/)?inner\.cl:2:3: error\[index-out-of-range\]' "$line"
printf '(io:print "main")\n(import "broken")\n' > "$scratch/mod/main2.cl"
printf '(define x 1)\n(define x\n' > "$scratch/mod/broken.cl"
out=$(cd "$scratch/mod" && "$cl" run main2.cl 2>"$scratch/err")
status=$?
check "parse error in a module: main's earlier output" "main" "$out"
check "parse error in a module: exit status" 1 $status
check_match "parse error in a module: module path" '^(.*/)?broken\.cl:2:1: error\[parse-error\]' \
            "$(head -n1 "$scratch/err")"
printf '(define (f) (head []))\n(export f)\n' > "$scratch/mod/thrower.cl"
printf '(import "thrower" (f))\n(f)\n' > "$scratch/mod/main3.cl"
line=$(cd "$scratch/mod" && "$cl" run main3.cl 2>&1 >/dev/null | head -n1)
check_match "error in an imported function: module position" '^(.*/)?thrower\.cl:1:13: error\[index-out-of-range\]' \
            "$line"
printf '(io:print 1)\n(import "nope")\n' > "$scratch/mod/main4.cl"
line=$(cd "$scratch/mod" && "$cl" run main4.cl 2>&1 >/dev/null | head -n1)
check_match "module-not-found at the import form" '^main4\.cl:2:1: error\[module-not-found\]' "$line"
check_match "module-not-found lists nope.cl" 'nope\.cl' "$line"
check_match "module-not-found lists nope/module.cl" 'nope/module\.cl' "$line"

# ---- what messages show (§5.8, §14.3, §16.1)
check_match "match-failure shows the value" '\(Pair 1 2\)' \
            "$(eval_error '(data P (Pair a b)) (match (Pair 1 2) ((Pair a) a))')"
check_match "match-failure shows a list value" '\[1 "x" \[2\]\]' \
            "$(eval_error '(match [1 "x" [2]] ([] 0))')"
line=$(eval_error '(spec:contract countdown :requires [(>= n 0)]) (define (countdown n) n) (countdown -1)')
check_match "contract message names the function" 'countdown' "$line"
check_match "contract message shows the condition" '\(>= n 0\)' "$line"
check_match "contract message names the clause kind" 'precondition' "$line"
line=$(eval_error '(spec:contract f :ensures [(> result 5)]) (define (f) 1) (f)')
check_match "postcondition message" 'postcondition.*\(> result 5\)' "$line"
check_match "unbound message names the variable" 'frobnicate' "$(eval_error '(+ 1 frobnicate)')"
check_match "cannot call shows the value" '42' "$(eval_error '(42 1)')"

# ---- output and exit status
out=$("$cl" eval '(io:print-err "e" 1 [2 "s"])' 2>"$scratch/err")
check "io:print-err leaves stdout alone" "nil" "$out"
check "io:print-err writes to stderr" 'e 1 [2 "s"]' "$(cat "$scratch/err")"
printf '(io:print "a")\n(head [])\n(io:print "b")\n' > "$scratch/stop.cl"
out=$("$cl" run "$scratch/stop.cl" 2>/dev/null); status=$?
check "error stops the program" "a" "$out"
check "error exit status" 1 $status
"$cl" run "$scratch/stop.cl" extra arguments here >/dev/null 2>&1
check "run accepts program arguments" 1 $?
printf '(define (f n) (+ 1 (f n)))\n(f 0)\n' > "$scratch/overflow.cl"
"$cl" run "$scratch/overflow.cl" >/dev/null 2>"$scratch/err"; status=$?
check "stack-overflow exits 1 (no crash)" 1 $status
grep -q 'error\[stack-overflow\]' "$scratch/err"; check "stack-overflow kind" 0 $?

# ---- --seed: the same seed gives the same run (uncertain draws from the seeded generator)
printf '(io:print (map (lambda (i) (uncertain (0.5 0) (0.5 1))) (range 0 64)))\n' > "$scratch/seed.cl"
a=$("$cl" run --seed 42 "$scratch/seed.cl")
b=$("$cl" run --seed 42 "$scratch/seed.cl")
c=$("$cl" run --seed 43 "$scratch/seed.cl")
check "--seed reproducible" "$a" "$b"
check_match "--seed output" '^\[[01]( [01]){63}\]$' "$a"
checks=$((checks + 1))
if [ "$a" = "$c" ]; then
    echo "FAIL --seed: seeds 42 and 43 gave the same 64 draws"
    failures=$((failures + 1))
fi
a=$("$cl" eval --seed 7 '(map (lambda (i) (uncertain (0.5 0) (0.5 1))) (range 0 32))')
b=$("$cl" eval --seed 7 '(map (lambda (i) (uncertain (0.5 0) (0.5 1))) (range 0 32))')
check "eval --seed reproducible" "$a" "$b"

# ---- --deny
out=$("$cl" run --deny io "$scratch/stop.cl" 2>"$scratch/err"); status=$?
check "--deny io: nothing printed" "" "$out"
check "--deny io: exit status" 1 $status
grep -q 'error\[effect-denied\]' "$scratch/err"; check "--deny io: kind" 0 $?
check "--deny io does not stop eval printing the value" "3" "$("$cl" eval --deny io '(+ 1 2)' 2>&1)"
check "--deny io: a handler still handles" '"handled"' \
      "$("$cl" eval --deny io '(with-handler (dict-set (dict-new) "io:print" (lambda (x) "handled")) (lambda () (io:print "x")))' 2>&1)"
"$cl" run --deny random "$scratch/seed.cl" >/dev/null 2>"$scratch/err"; status=$?
check "--deny random: uncertain exit status" 1 $status
grep -q 'error\[effect-denied\]' "$scratch/err"; check "--deny random: uncertain kind" 0 $?
check "--deny state leaves io alone" "$(printf 'hi\nnil')" "$("$cl" eval --deny state,time '(io:print "hi")' 2>&1)"
"$cl" eval --deny io,random '(uncertain (1.0 1))' >/dev/null 2>"$scratch/err"
grep -q 'error\[effect-denied\]' "$scratch/err"; check "--deny with a list" 0 $?
out=$("$cl" eval --deny io '(pure (lambda () 5))' 2>&1)
check "--deny io: pure code runs" "5" "$out"

# ---- --no-optimize gives the same output as the default, for every case of tests/lang
# (CL_SKIP_NOOPT_SWEEP=1: the sanitizer build, whose lang_*_noopt tests cover the outputs)
shopt -s nullglob
[ "${CL_SKIP_NOOPT_SWEEP:-0}" = 1 ] || for dir in "$lang"/*/; do
    for prog in "$dir"*.cl "$dir"*/main.cl; do
        name=${prog#"$lang"/}
        case "$name" in */stress_*) continue ;; esac
        work=$scratch/noopt
        rm -rf "$work"; mkdir -p "$work"
        a=$(cd "$work" && timeout 20 "$cl" run "$prog" </dev/null 2>"$scratch/err1"; echo "status $?")
        rm -rf "$work"; mkdir -p "$work"
        b=$(cd "$work" && timeout 20 "$cl" run --no-optimize "$prog" </dev/null 2>"$scratch/err2"; echo "status $?")
        check "--no-optimize stdout and status: $name" "$a" "$b"
        check "--no-optimize error line: $name" "$(head -n1 "$scratch/err1")" "$(head -n1 "$scratch/err2")"
    done
done

# ---- --depth-limit: tail calls use no depth; non-tail recursion does (these are stress
# programs: a gcstress build collects at every 1000th allocation for them, not at every one)
for prog in "$lang"/tailcalls/stress_tail_*.cl; do
    name=$(basename "$prog" .cl)
    out=$(cd "$scratch" && CLAUDELANG_GCSTRESS_INTERVAL=1000 timeout 60 "$cl" run \
              --depth-limit 200 "$prog" 2>&1)
    check "tail calls under --depth-limit 200: $name" "$(cat "${prog%.cl}.out")" "$out"
done
printf '(define (sum n) (if (== n 0) 0 (+ n (sum (- n 1)))))\n(io:print (sum 5000))\n' > "$scratch/deep.cl"
check "depth within the limit" "12502500" "$("$cl" run --depth-limit 10000 "$scratch/deep.cl" 2>&1)"
"$cl" run --depth-limit 1000 "$scratch/deep.cl" >/dev/null 2>"$scratch/err"; status=$?
check "depth over the limit: exit status" 1 $status
grep -q 'error\[stack-overflow\]' "$scratch/err"; check "depth over the limit: kind" 0 $?

# ---- module search (§12.3): importing file's folder, then CLAUDELANG_PATH; never the cwd
m=$scratch/search
mkdir -p "$m/app" "$m/lib1" "$m/lib2" "$m/lib3/pkg" "$m/cwd" "$m/real"
printf '(define where "lib1")\n(export where)\n' > "$m/lib1/m.cl"
printf '(define where "lib2")\n(export where)\n(define only2 "only in lib2")\n(export only2)\n' > "$m/lib2/m.cl"
printf '(define where "lib2 other")\n(export where)\n' > "$m/lib2/other.cl"
printf '(define where "lib3 pkg")\n(export where)\n' > "$m/lib3/pkg/module.cl"
printf '(define where "cwd")\n(export where)\n' > "$m/cwd/m.cl"
printf '(import "m" (where))\n(io:print where)\n' > "$m/app/main.cl"
printf '(import "other" (where))\n(io:print where)\n' > "$m/app/other_main.cl"
printf '(import "pkg" (where))\n(io:print where)\n' > "$m/app/pkg_main.cl"
runp() { # CLAUDELANG_PATH file -> its stdout, or error[KIND] when it fails
    local out
    if out=$(cd "$m/cwd" && CLAUDELANG_PATH=$1 "$cl" run "$2" 2>"$scratch/err"); then
        printf '%s' "$out"
    else
        grep -oE 'error\[[a-z-]+\]' "$scratch/err" | head -n1
    fi
}
check "CLAUDELANG_PATH finds a module" "lib1" "$(runp "$m/lib1" "$m/app/main.cl")"
check "CLAUDELANG_PATH order" "lib2" "$(runp "$m/lib2:$m/lib1" "$m/app/main.cl")"
check "CLAUDELANG_PATH empty entries ignored" "lib2 other" "$(runp "::$m/lib1::$m/lib2:" "$m/app/other_main.cl")"
check "CLAUDELANG_PATH directory module" "lib3 pkg" "$(runp "$m/lib1:$m/lib3" "$m/app/pkg_main.cl")"
check "the cwd is not searched" "error[module-not-found]" "$(runp "" "$m/app/main.cl")"
check "CLAUDELANG_PATH=. searches the cwd" "cwd" "$(runp "." "$m/app/main.cl")"
check "CLAUDELANG_PATH unset: not found" "error[module-not-found]" \
      "$(cd "$m/cwd" && env -u CLAUDELANG_PATH "$cl" run "$m/app/main.cl" 2>&1 | grep -oE 'error\[[a-z-]+\]' | head -n1)"
printf '(define where "app")\n(export where)\n' > "$m/app/m.cl"
check "the importing file's folder comes first" "app" "$(runp "$m/lib1" "$m/app/main.cl")"
line=$(cd "$m/cwd" && CLAUDELANG_PATH="$m/lib1" "$cl" run "$m/app/pkg_main.cl" 2>&1 | head -n1)
check_match "module-not-found lists the CLAUDELANG_PATH candidates" 'lib1/pkg\.cl' "$line"
printf '(import "%s" (where))\n(io:print where)\n' "$m/lib2/m" > "$m/app/absolute.cl"
check "absolute import path" "lib2" "$(runp "$m/lib1" "$m/app/absolute.cl")"
printf '(import "%s" (where))\n(io:print where)\n' "$m/lib2/m.cl" > "$m/app/absolute_ext.cl"
check "absolute import path with .cl" "lib2" "$(runp "" "$m/app/absolute_ext.cl")"
printf '(import "%s" (where))\n' "$m/nowhere/m" > "$m/app/absolute_missing.cl"
check "absolute path: CLAUDELANG_PATH not searched" "error[module-not-found]" \
      "$(runp "$m/lib1" "$m/app/absolute_missing.cl")"
printf '(io:print "real loaded")\n(define v 1)\n(export v)\n' > "$m/real/r.cl"
ln -s "$m/real" "$m/app/link"
ln -s "$m/real/r.cl" "$m/app/r_link.cl"
printf '(import "link/r" (v))\n(import "r_link" (v as w))\n(import "%s" (v as z))\n(io:print v w z)\n' \
    "$m/real/r" > "$m/app/symlinks.cl"
check "a module reached through symlinks loads once" "$(printf 'real loaded\n1 1 1')" \
      "$(cd "$m/cwd" && "$cl" run "$m/app/symlinks.cl" 2>&1)"

echo "$checks checks, $failures failed"
exit $((failures > 0))
