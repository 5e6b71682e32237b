#!/usr/bin/env bash
# Builds and runs the C example: cytrus writes kernels.c/kernels.h/cytrus.h,
# then one cc line links them with the runtime's static library.
set -euo pipefail
cd "$(dirname "$0")"
CYTRUS=${CYTRUS:-../../target/release/cytrus}
out=${OUT:-build}
"$CYTRUS" build kernels.pyx --emit c -o "$out"
${CC:-cc} -O2 -fwrapv -Wall -Wextra -I "$out" main.c "$out/kernels.c" "$("$CYTRUS" runtime)" -Wl,--gc-sections -lm -lpthread -o "$out/example"
"$out/example" 2>&1
