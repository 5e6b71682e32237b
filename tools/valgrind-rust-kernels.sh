#!/usr/bin/env bash
# tools/valgrind-rust-kernels.sh: the test binaries of examples/rust-kernels
# (its kernels' tests and tests/misuse.rs, which feeds the generated safe API
# every misuse issue 15 lists) run under valgrind memcheck, which must report
# no error and no definite or indirect leak. The crate's runnable doctests are
# not included (rustdoc runs them, not a binary valgrind can be given); its
# compile_fail doctests run no code.
# Prints one line per failing binary and `valgrind: N passed, M failed` last.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null 2>&1 || { echo "valgrind is required" >&2; exit 2; }
json=$(cargo test -p cytrus-example-kernels --no-run --message-format=json --quiet) || { echo "building the tests failed" >&2; exit 2; }
mapfile -t binaries < <(printf '%s\n' "$json" | grep -o '"executable":"[^"]*"' | sed 's/^"executable":"//; s/"$//' | sort -u)
[ ${#binaries[@]} -gt 0 ] || { echo "no test binary found" >&2; exit 2; }
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for exe in "${binaries[@]}"; do
    (cd examples/rust-kernels && valgrind -q --error-exitcode=99 --leak-check=full \
        --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
        "$exe" --test-threads=1 -q) >"$log" 2>&1
    rc=$?
    if [ $rc -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $(basename "$exe") (exit $rc):"
        grep -E '^==[0-9]+==|FAILED|panicked' "$log" | head -n 20
    fi
done
echo "valgrind: $passed passed, $failed failed"
[ $failed -eq 0 ]
