#!/usr/bin/env bash
# Memcheck of the Python boundary: the leak-check workload (every call shape:
# accepted arguments, conversion errors, errors in the body, returned views)
# under valgrind with the cytrus builds. CPython itself reports errors under
# valgrind (it reads uninitialised memory on purpose); only an error whose
# stack passes through a cytrus-built module counts.
#
#   tests/python/valgrind.sh [BUILDS]      # default cytrus-c
set -euo pipefail
cd "$(dirname "$0")"
builds=${1:-cytrus-c}
py=$(python3 -c 'import sys; print(sys.executable)')   # not a pyenv shim: valgrind must see Python
log=$(mktemp)
trap 'rm -f "$log"' EXIT
PYTHONMALLOC=malloc valgrind --log-file="$log" --num-callers=40 \
    "$py" leakcheck.py --calls "${CALLS:-3000}" --builds "$builds"
# error contexts with a frame in a module that cytrus built (cache paths
# .../cytrus-pydiff/cytrus-*/..., or the runtime's and wrappers' cytrus_* names)
bad=$(awk '/^==[0-9]+== [A-Z]/ { ctx = $0; next }
           /^==[0-9]+==    (at|by) / && (/cytrus-pydiff\/cytrus-/ || /: cytrus_/) { print ctx }' "$log" | sort | uniq -c)
grep "ERROR SUMMARY" "$log" | sed 's/^==[0-9]*== /valgrind (all of CPython): /'
if [ -n "$bad" ]; then
    echo "valgrind: errors in cytrus-built code:"
    echo "$bad"
    exit 1
fi
echo "valgrind: no error in cytrus-built code"
