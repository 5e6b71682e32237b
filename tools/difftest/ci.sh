#!/usr/bin/env bash
# tools/difftest/ci.sh [CYTRUS_BINARY] [extra difftest.py options]
#
# The fixed-seed differential-testing batch for CI: generates the same few
# modules every time (every family), runs them with real Cython and with
# both cytrus backends, and compares them test by test.  Prints a summary,
# then `N passed, M failed` (test functions) as the last line; exits 0 only
# when nothing differs.  Needs cython, a C compiler and rustc on PATH.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cytrus=${1:-$repo/target/release/cytrus}
[ $# -gt 0 ] && shift
exec python3 "$here/difftest.py" --ci --cytrus "$cytrus" "$@"
