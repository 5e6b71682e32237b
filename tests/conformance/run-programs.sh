#!/usr/bin/env bash
# run-programs.sh CYTRUS_BINARY [--backend c|rust] [DIR...]
#
# Runs the multi-file conformance cases (see record-program.sh): every
# directory NAME in each DIR (default: tests/programs) that holds NAME.pyx
# and a recorded NAME.stdout, through
#     CYTRUS_BINARY run NAME.pyx --backend B
# in a scratch copy of the directory, with the rules of run.sh: stdout must
# equal NAME.stdout byte for byte; with NAME.error the exit status is 1 and
# the last stderr line equals it, else the exit status is 0. Prints
# `FAIL name: reason` per failure and `N passed, M failed` last; exits 0
# only when nothing failed.
set -u

[ $# -ge 1 ] || { echo "usage: $0 CYTRUS_BINARY [--backend c|rust] [DIR...]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin=$1; shift
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
backend=c
dirs=()
while [ $# -gt 0 ]; do
    case "$1" in
        --backend) backend=$2; shift 2 ;;
        --backend=*) backend=${1#--backend=}; shift ;;
        *) dirs+=("$1"); shift ;;
    esac
done
[ ${#dirs[@]} -gt 0 ] || dirs=("$here/../programs")
limit=${CONFORMANCE_TIMEOUT:-60}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0
for root in "${dirs[@]}"; do
    for case_dir in "$root"/*/; do
        case_dir=${case_dir%/}
        name=$(basename "$case_dir")
        [ -f "$case_dir/$name.pyx" ] && [ -f "$case_dir/$name.stdout" ] || continue
        work="$scratch/$name"
        rm -rf "$work"; cp -r "$case_dir" "$work"
        (cd "$work" && timeout "$limit" "$bin" run "$name.pyx" --backend "$backend") >"$scratch/.out" 2>"$scratch/.err" </dev/null
        rc=$?
        last=$(tail -n 1 "$scratch/.err")
        reason=""
        if [ $rc -eq 124 ]; then
            reason="timed out after ${limit}s"
        elif ! cmp -s "$case_dir/$name.stdout" "$scratch/.out"; then
            reason="stdout differs (exit status $rc; stderr: ${last:0:160})"
        elif [ -f "$case_dir/$name.error" ]; then
            want=$(tail -n 1 "$case_dir/$name.error")
            [ $rc -eq 1 ] && [ "$last" = "$want" ] || reason="exit status $rc, last stderr \"${last:0:160}\", expected 1 with \"$want\""
        elif [ $rc -ne 0 ]; then
            reason="exit status $rc, expected 0 (stderr: ${last:0:160})"
        fi
        if [ -z "$reason" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name: $reason"; fi
        rm -rf "$work"
    done
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
