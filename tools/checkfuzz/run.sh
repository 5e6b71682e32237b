#!/usr/bin/env bash
# run.sh CYTRUS FIRST_SEED COUNT [KERNELS] -- the check-removal fuzzer: for
# each seed, generate a module (gen.py), record it with real Cython
# (tests/conformance/record.sh) and run it on both backends against the
# recording (tests/conformance/run.sh). A module that differs is kept in
# $CHECKFUZZ_KEEP (default: /tmp/checkfuzz-failures) to minimise by hand.
# Exit status 1 when any module differs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cytrus=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
first=$2
count=$3
kernels=${4:-30}
keep=${CHECKFUZZ_KEEP:-/tmp/checkfuzz-failures}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for ((seed = first; seed < first + count; seed++)); do
    dir="$work/s$seed"
    mkdir -p "$dir"
    python3 "$here/gen.py" "$seed" --kernels "$kernels" > "$dir/checkfuzz_$seed.pyx"
    if ! "$root/tests/conformance/record.sh" "$dir/checkfuzz_$seed.pyx" > "$dir/record.log" 2>&1; then
        echo "seed $seed: Cython did not record it (generator bug?)"; cat "$dir/record.log"; failed=1; continue
    fi
    for backend in c rust; do
        if ! "$root/tests/conformance/run.sh" "$cytrus" --backend "$backend" "$dir" > "$dir/$backend.log" 2>&1; then
            echo "seed $seed: $backend differs"; grep FAIL "$dir/$backend.log" | head -3
            mkdir -p "$keep"; cp "$dir"/checkfuzz_$seed.* "$keep/"; failed=1
        fi
    done
    echo "seed $seed: $kernels kernels × 81 calls checked"
done
exit $failed
