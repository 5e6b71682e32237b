#!/usr/bin/env bash
# record-program.sh DIR... -- record the reference behaviour of multi-file
# conformance cases (tests/programs/) with real Cython 3 (language_level=3).
#
# A program case is a directory DIR named NAME holding NAME.pyx (the program:
# its top-level code is what runs) and the files it needs: `.pxd` files,
# other `.pyx` modules it cimports, C sources and headers (which NAME.pyx
# names in `# distutils: sources = …` comments, as cythonize reads them).
# It works as record.sh does for one file:
#   * copy DIR into a fresh temporary directory,
#   * compile every other `.pyx` there with `cythonize -3 -i -q`, then NAME.pyx,
#   * run `python3 -c "import NAME"`,
#   * write DIR/NAME.stdout and, if the import raised, DIR/NAME.error (the
#     last line of stderr).
# A program Cython rejects, or whose run times out or crashes, is reported
# and nothing is written. Exit status: 0 when every case was recorded.
#
# Environment: CYTHONIZE (default: cythonize), PYTHON (default: python3),
# RECORD_TIMEOUT in seconds (default: 60).
set -u

CYTHONIZE=${CYTHONIZE:-cythonize}
PYTHON=${PYTHON:-python3}
RECORD_TIMEOUT=${RECORD_TIMEOUT:-60}

[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }

status=0
for case_dir in "$@"; do
    case_dir=${case_dir%/}
    if [ ! -d "$case_dir" ]; then
        echo "$case_dir: not a directory" >&2; status=1; continue
    fi
    dir=$(cd "$case_dir" && pwd)
    name=$(basename "$dir")
    if [ ! -f "$dir/$name.pyx" ]; then
        echo "$case_dir: no $name.pyx" >&2; status=1; continue
    fi
    tmp=$(mktemp -d)
    (cd "$dir" && for f in *; do case "$f" in *.stdout|*.error) ;; *) cp -r "$f" "$tmp/" ;; esac; done)
    ok=1
    for pyx in "$tmp"/*.pyx; do
        module=$(basename "$pyx" .pyx)
        [ "$module" = "$name" ] && continue
        if ! (cd "$tmp" && "$CYTHONIZE" -3 -i -q "$module.pyx") >"$tmp/compile.log" 2>&1; then
            echo "$case_dir: Cython rejected $module.pyx (nothing recorded):" >&2
            sed '/^Traceback (most recent call last)/,$d' "$tmp/compile.log" | tail -n 30 >&2
            ok=0; break
        fi
    done
    if [ $ok -eq 1 ] && ! (cd "$tmp" && "$CYTHONIZE" -3 -i -q "$name.pyx") >"$tmp/compile.log" 2>&1; then
        echo "$case_dir: Cython rejected $name.pyx (nothing recorded):" >&2
        sed '/^Traceback (most recent call last)/,$d' "$tmp/compile.log" | tail -n 30 >&2
        ok=0
    fi
    if [ $ok -eq 0 ]; then rm -rf "$tmp"; status=1; continue; fi
    (cd "$tmp" && timeout "$RECORD_TIMEOUT" "$PYTHON" -c "import $name") >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 0 ]; then
        cp "$tmp/out" "$dir/$name.stdout"
        rm -f "$dir/$name.error"
        echo "$case_dir: recorded ($(wc -l <"$tmp/out") lines)"
    elif [ $rc -eq 1 ] && [ -s "$tmp/err" ]; then
        cp "$tmp/out" "$dir/$name.stdout"
        tail -n 1 "$tmp/err" >"$dir/$name.error"
        echo "$case_dir: recorded ($(wc -l <"$tmp/out") lines) + error: $(cat "$dir/$name.error")"
    else
        echo "$case_dir: run ended with status $rc (nothing recorded):" >&2
        tail -n 5 "$tmp/err" >&2
        status=1
    fi
    rm -rf "$tmp"
done
exit $status
