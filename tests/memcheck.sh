#!/usr/bin/env bash
# tests/memcheck.sh CYTRUS [CASES_DIR]: every conformance program, compiled by
# the C backend with -fsanitize=address,undefined and also run under valgrind
# memcheck with leak checking, must report nothing. A program's own expected
# error (exit 1 with the recorded last stderr line) is allowed.
# BACKEND=rust: the Rust backend's programs, under valgrind only.
# Prints one line per problem and `N passed, M failed` last.
set -u
cytrus=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cases=${2:-$(cd "$(dirname "$0")/conformance/cases" && pwd)}
root=$(cd "$(dirname "$0")/.." && pwd)
lib=$("$cytrus" runtime) || { echo "cannot locate the runtime library" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc=${CC:-cc}
backend=${BACKEND:-c}
passed=0
failed=0
have_valgrind=1
command -v valgrind >/dev/null 2>&1 || { echo "valgrind not found: skipping the valgrind half" >&2; have_valgrind=0; }

check_run() { # name kind expected_error_file stdout_file stderr_file rc
    local name=$1 kind=$2 err=$3 out=$4 errf=$5 rc=$6
    if grep -q -E "ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|Invalid (read|write)|uninitialised|definitely lost|indirectly lost" "$errf"; then
        echo "FAIL $name ($kind): $(grep -m1 -E "ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|Invalid (read|write)|uninitialised|definitely lost|indirectly lost" "$errf")"
        return 1
    fi
    if [ -f "$err" ]; then
        [ "$rc" -eq 1 ] || { echo "FAIL $name ($kind): exit $rc, expected 1"; return 1; }
    else
        [ "$rc" -eq 0 ] || { echo "FAIL $name ($kind): exit $rc: $(tail -n 1 "$errf")"; return 1; }
    fi
    return 0
}

for pyx in "$cases"/*.pyx; do
    name=$(basename "$pyx" .pyx)
    [ -f "$cases/$name.stdout" ] || continue
    dir="$work/$name"; mkdir -p "$dir"
    if ! "$cytrus" build "$pyx" --embed --backend "$backend" -o "$dir/plain" 2>"$dir/build.err"; then
        echo "FAIL $name: cytrus build failed: $(tail -n 1 "$dir/build.err")"; failed=$((failed + 1)); continue
    fi
    ok=1
    if [ "$backend" = c ]; then
    "$cytrus" build "$pyx" --emit c -o "$dir" >/dev/null 2>&1
    # Modules it cimports (their .c files are written beside it) run their
    # top-level code first, as an import does.
    others=$(cd "$dir" && ls *.c 2>/dev/null | sed 's/\.c$//' | grep -vx -e "$name" -e main)
    {
        echo '#include "cytrus.h"'
        for m in $others $name; do echo "#include \"$m.h\""; done
        echo 'int main(void) {'
        for m in $others $name; do echo "    if (${m}_init() < 0) { cytrus_err_print_uncaught(); return 1; }"; done
        echo '    cytrus_flush_stdout(); return 0; }'
    } >"$dir/main.c"
    sources=()
    for m in $others $name; do sources+=("$dir/$m.c"); done
    if ! "$cc" -g -O1 -fwrapv -std=gnu11 -w -fsanitize=address,undefined -fno-sanitize-recover=undefined \
            -I "$dir" "${sources[@]}" "$dir/main.c" "$lib" -lpthread -ldl -lm -o "$dir/asan" 2>"$dir/cc.err"; then
        echo "FAIL $name: sanitizer build failed: $(head -n 3 "$dir/cc.err")"; failed=$((failed + 1)); continue
    fi
    (cd "$dir" && ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 timeout 120 ./asan >out.asan 2>err.asan); rc=$?
    check_run "$name" asan "$cases/$name.error" "$dir/out.asan" "$dir/err.asan" $rc || ok=0
    fi
    if [ $have_valgrind -eq 1 ]; then
        (cd "$dir" && timeout 300 valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
            --errors-for-leak-kinds=definite,indirect --error-exitcode=99 ./plain >out.vg 2>err.vg); rc=$?
        [ $rc -eq 99 ] && { echo "FAIL $name (valgrind): $(grep -m1 '==' "$dir/err.vg")"; ok=0; }
        [ $rc -ne 99 ] && { check_run "$name" valgrind "$cases/$name.error" "$dir/out.vg" "$dir/err.vg" $rc || ok=0; }
    fi
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "memcheck ($backend): $passed passed, $failed failed"
[ $failed -eq 0 ]
