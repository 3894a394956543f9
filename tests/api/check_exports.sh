#!/usr/bin/env bash
# Checks that a shared library exports only the public API: every defined dynamic symbol is a
# cl_ function of claudelang.h. Usage: check_exports.sh LIBRARY.so
set -euo pipefail
lib=$1
header=$(dirname "$0")/../../include/claudelang.h
exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort)
[ -n "$exported" ] || { echo "no exported symbols in $lib"; exit 1; }
status=0
for sym in $exported; do
    case "$sym" in
        _init|_fini|_edata|_end|__bss_start) continue ;;
    esac
    if ! grep -qE "\\b$sym\\(" "$header"; then
        echo "exported but not in claudelang.h: $sym"
        status=1
    fi
done
count=$(echo "$exported" | wc -l)
echo "$count exported symbols checked"
exit $status
