#!/usr/bin/env bash
# tools/record_realistic.sh FILE.pyx... -- record the reference behaviour of
# the realistic kernels (tests/realistic/) with real Cython 3.
#
# Works as shared/conformance/record.sh does, with two differences that the
# realistic corpus needs:
#   * the kernel's own NAME.pxd, if any, and the .pxd files beside it that it
#     cimports (`cimport MOD` or `from MOD cimport ...`, MOD.pxd in the same
#     directory), directly or through them, are copied with it; a cimported
#     MOD that also has a MOD.pyx there is compiled with it (first), so that
#     one module can call another's cdef functions;
#   * CFLAGS gets numpy's include directory (for `cimport numpy`).
#
# For each FILE.pyx (module name NAME):
#   * copy it (and those .pxd files) into a fresh temporary directory,
#   * compile it there with `cythonize -3 -i -q NAME.pyx`,
#   * run `python3 -c "import NAME"` (which runs the module's top-level code),
#   * write beside the .pyx:
#       NAME.stdout  the exact stdout of the import,
#       NAME.error   only if the import raised: the last line of stderr.
# A file Cython rejects, or whose run times out or crashes, is reported and
# nothing is written for it. Exit status: 0 when every file was recorded,
# 1 otherwise.
#
# Environment: CYTHONIZE (default: cythonize), PYTHON (default: python3),
# RECORD_TIMEOUT in seconds (default: 60).
set -u

CYTHONIZE=${CYTHONIZE:-cythonize}
PYTHON=${PYTHON:-python3}
RECORD_TIMEOUT=${RECORD_TIMEOUT:-60}

if [ $# -eq 0 ]; then
    echo "usage: $0 FILE.pyx..." >&2
    exit 2
fi

np_include=$("$PYTHON" -c 'import numpy; print(numpy.get_include())') || {
    echo "numpy is not importable by $PYTHON" >&2; exit 2; }
export CFLAGS="${CFLAGS:-} -I$np_include"

status=0
for src in "$@"; do
    case "$src" in
        *.pyx) ;;
        *) echo "$src: not a .pyx file, skipped" >&2; status=1; continue ;;
    esac
    if [ ! -f "$src" ]; then
        echo "$src: no such file" >&2; status=1; continue
    fi
    dir=$(cd "$(dirname "$src")" && pwd)
    name=$(basename "$src" .pyx)
    if ! [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
        echo "$src: '$name' is not a valid module name" >&2; status=1; continue
    fi

    tmp=$(mktemp -d)
    cp "$src" "$tmp/$name.pyx"
    # The module's own .pxd, and the .pxd files beside it that it cimports,
    # directly or through other .pxd/.pyx files; a cimported module that has
    # its own .pyx beside it is compiled first, dependencies before users.
    deps=()
    queue=("$src")
    seen=" $name "
    while [ ${#queue[@]} -gt 0 ]; do
        file=${queue[0]}; queue=("${queue[@]:1}")
        for mod in $(sed -n -E 's/^[[:space:]]*(from[[:space:]]+([A-Za-z_][A-Za-z0-9_]*)[[:space:]]+cimport|cimport[[:space:]]+([A-Za-z_][A-Za-z0-9_]*)).*/\2\3/p' "$file" | sort -u); do
            case "$seen" in *" $mod "*) continue ;; esac
            seen="$seen$mod "
            [ -f "$dir/$mod.pxd" ] || continue
            queue+=("$dir/$mod.pxd")
            if [ -f "$dir/$mod.pyx" ]; then
                queue+=("$dir/$mod.pyx")
                deps=("$mod" "${deps[@]}")
            fi
        done
    done
    for pxd in $(echo "$seen"); do
        [ -f "$dir/$pxd.pxd" ] && cp "$dir/$pxd.pxd" "$tmp/"
    done
    for mod in "${deps[@]}"; do
        cp "$dir/$mod.pyx" "$tmp/"
        if ! (cd "$tmp" && "$CYTHONIZE" -3 -i -q "$mod.pyx") >"$tmp/compile.log" 2>&1; then
            echo "$src: Cython rejected $mod.pyx (nothing recorded):" >&2
            sed '/^Traceback (most recent call last)/,$d' "$tmp/compile.log" | tail -n 40 >&2
            rm -rf "$tmp"; status=1; continue 2
        fi
    done

    # Compile; a file Cython rejects is not a valid kernel.
    if ! (cd "$tmp" && "$CYTHONIZE" -3 -i -q "$name.pyx") >"$tmp/compile.log" 2>&1; then
        echo "$src: Cython rejected it (nothing recorded):" >&2
        sed '/^Traceback (most recent call last)/,$d' "$tmp/compile.log" |
            grep -v '^\(gcc\|creating\|copying\|running\|building\) ' | tail -n 40 >&2
        rm -rf "$tmp"; status=1; continue
    fi

    # Run the module's top-level code.
    (cd "$tmp" && timeout "$RECORD_TIMEOUT" "$PYTHON" -c "import $name") \
        >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 0 ]; then
        cp "$tmp/out" "$dir/$name.stdout"
        rm -f "$dir/$name.error"
        echo "$src: recorded ($(wc -l <"$tmp/out") lines)"
    elif [ $rc -eq 1 ] && [ -s "$tmp/err" ]; then
        cp "$tmp/out" "$dir/$name.stdout"
        tail -n 1 "$tmp/err" >"$dir/$name.error"
        echo "$src: recorded ($(wc -l <"$tmp/out") lines) + error: $(cat "$dir/$name.error")"
    else
        if [ $rc -eq 124 ]; then
            echo "$src: timed out after ${RECORD_TIMEOUT}s (nothing recorded)" >&2
        else
            echo "$src: run ended with status $rc (nothing recorded):" >&2
            tail -n 5 "$tmp/err" >&2
        fi
        status=1
    fi
    rm -rf "$tmp"
done
exit $status
