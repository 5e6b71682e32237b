#!/usr/bin/env bash
# tests/conformance/check-current.sh [SHARED_DIR]
#
# This folder is the repository's own copy of the public conformance corpus
# (cases/, README.md, run.sh, record.sh), so that a clone alone can run its
# tests. The corpus itself lives in SHARED_DIR (default: ../shared/conformance
# beside the repository), where new cases keep arriving. This script compares
# the two and exits 1, listing every file that differs, is missing from the
# copy, or is no longer in SHARED_DIR; 0 when the copy is current; 2 when
# SHARED_DIR is missing.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shared=${1:-$here/../../../shared/conformance}
if [ ! -d "$shared" ]; then
    echo "check-current.sh: no corpus at $shared" >&2
    exit 2
fi
shared=$(cd "$shared" && pwd)

# The files of the corpus, relative to its root: the three tools and the cases.
corpus_files() {
    (cd "$1" && for f in README.md run.sh record.sh cases/*; do [ -f "$f" ] && echo "$f"; done)
}

differences=()
while IFS= read -r f; do
    if [ ! -f "$here/$f" ]; then
        differences+=("new in $shared: $f")
    elif ! cmp -s "$shared/$f" "$here/$f"; then
        differences+=("changed: $f")
    fi
done < <(corpus_files "$shared")
while IFS= read -r f; do
    [ -f "$shared/$f" ] || differences+=("gone from $shared: $f")
done < <(corpus_files "$here")

if [ ${#differences[@]} -eq 0 ]; then
    echo "tests/conformance is current with $shared ($(corpus_files "$here" | grep -c '^cases/.*\.pyx$') cases)"
    exit 0
fi
echo "tests/conformance differs from $shared in ${#differences[@]} files:"
printf '  %s\n' "${differences[@]}"
echo "to update the copy:"
echo "  rm -f $here/cases/* && cp $shared/cases/* $here/cases/ && cp $shared/{README.md,run.sh,record.sh} $here/ && chmod -R u+w $here"
exit 1
