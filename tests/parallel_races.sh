#!/usr/bin/env bash
# parallel_races.sh CYTRUS_BINARY [CASE.pyx...] -- data-race checks of the
# prange and `with parallel():` block cases (default: tests/cases/par_*.pyx,
# the par_block_* family included).
#
# C output: built with -fsanitize=thread and -fopenmp, run with 2 and 3
# threads. GCC's libgomp is not built with ThreadSanitizer, so TSan cannot
# see its barriers and locks: it reports the clauses libgomp synchronises
# (the fork and join of a region, firstprivate/lastprivate copies,
# reductions, the critical section that collects each thread's exit) as
# races. Reports with an access outside one region's body, at a pragma's
# line, or to the program's heap data (written again by the next region's
# pooled threads) are counted apart; a report of two accesses to a
# function's own variable in the body of one region (a variable that should
# have been private) fails the script.
#
# Rust output: every case is built once and run RUNS times (default 20)
# with 1, 2 and 3 threads (OMP_NUM_THREADS); each run must print the
# recorded output. A race that changes a result shows as a mismatch.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=("$here"/cases/par_*.pyx)
runs=${RUNS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/tsan-cc" <<'CC'
#!/bin/sh
exec gcc -fsanitize=thread -g "$@"
CC
chmod +x "$work/tsan-cc"
status=0
for src in "${cases[@]}"; do
    name=$(basename "$src" .pyx)
    expected="${src%.pyx}.stdout"
    cp "$src" "$work/$name.pyx"
    # C under ThreadSanitizer.
    if CC="$work/tsan-cc" "$bin" build --embed "$work/$name.pyx" -o "$work/$name.tsan" 2>"$work/build.log"; then
        "$bin" build "$work/$name.pyx" -o "$work/c_$name" >/dev/null 2>&1
        for t in 2 3; do
            OMP_NUM_THREADS=$t TSAN_OPTIONS="halt_on_error=0 exitcode=0" "$work/$name.tsan" >"$work/out" 2>"$work/tsan.log"
            # Each report's two accesses: the top frame (`#0 FUNCTION FILE.c:LINE`)
            # under "Write of size" / "Previous read of size" and the like.
            python3 - "$work/tsan.log" "$work/c_$name/$name.c" >"$work/verdict" <<'PY'
import re, sys
log = open(sys.argv[1]).read().split("WARNING: ThreadSanitizer")[1:]
src = open(sys.argv[2]).read().split("\n")
def synchronised(line):
    text = " ".join(src[max(0, line - 3):line])
    return "pragma omp" in text or "critical(cytrus_parallel_exit)" in " ".join(src[max(0, line - 14):line])
omp = other = 0
for report in log:
    frames = re.findall(r"(?:Write|Read|Previous write|Previous read|Atomic \w+) of size \d+ at \S+ by (?:thread T\d+|main thread)[^\n]*:\n\s+#0 (\S+) \S+:(\d+)", report)
    # A race between iterations is two accesses in one parallel region's
    # body; an access after the region (its join), in another region (the
    # pool's next team) or at a clause libgomp copies is synchronised by
    # libgomp's barriers, which TSan does not see.
    # Only a function's own variables (on a stack) are the lowering's to get
    # right: a heap address is the program's data, which one region's
    # iterations write at distinct places and later regions (run by the same
    # pooled threads) write again.
    on_stack = "Location is stack" in report
    body = len(frames) == 2 and frames[0][0] == frames[1][0] and "_omp_fn" in frames[0][0] \
        and on_stack and not any(synchronised(int(l)) for _, l in frames)
    if body:
        other += 1
        print("RACE at lines", [l for _, l in frames], src[int(frames[0][1]) - 1].strip())
    else:
        omp += 1
print(f"COUNTS {omp} {other}")
PY
            grep '^RACE' "$work/verdict" | sed "s/^/$name C $t threads: /"
            read -r _ omp other < <(grep '^COUNTS' "$work/verdict")
            reports=$(grep -c 'WARNING: ThreadSanitizer' "$work/tsan.log")
            echo "$name C $t threads: $reports TSan reports, $omp through libgomp's synchronisation or on heap data, $other on a variable of the function inside one region"
            [ $other -eq 0 ] || status=1
        done
    else
        echo "$name: C build with TSan failed"; cat "$work/build.log"; status=1
    fi
    # Rust: repeated runs.
    if "$bin" build --embed --backend rust "$work/$name.pyx" -o "$work/$name.rust" 2>"$work/build.log"; then
        bad=0
        for t in 1 2 3; do
            for ((r = 0; r < runs; r++)); do
                OMP_NUM_THREADS=$t "$work/$name.rust" >"$work/out" 2>/dev/null
                cmp -s "$work/out" "$expected" || bad=$((bad + 1))
            done
        done
        echo "$name Rust: $((3 * runs)) runs, $bad differing from the recorded output"
        [ $bad -eq 0 ] || status=1
    else
        echo "$name: Rust build failed"; cat "$work/build.log"; status=1
    fi
done
exit $status
