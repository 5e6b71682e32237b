#!/usr/bin/env bash
# The Python side of cytrus, for .ci/run: installs what is missing, installs
# the setuptools integration (python/), pip-installs the example project
# (examples/python, built by cytrus), runs its tests, then the differential
# suite (tests/python) against Cython.
#
#   tests/python/run.sh            # CYTRUS defaults to target/release/cytrus
#   PYDIFF_BUILDS=cython,cytrus-c tests/python/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
py=${PYTHON:-python3}
export CYTRUS="${CYTRUS:-$repo/target/release/cytrus}"
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1

missing=()
$py -c 'import numpy' 2>/dev/null || missing+=(numpy)
$py -c 'import Cython' 2>/dev/null || missing+=(cython)
$py -c 'import pytest' 2>/dev/null || missing+=(pytest)
$py -c 'import hypothesis' 2>/dev/null || missing+=(hypothesis)
$py -c 'import wheel' 2>/dev/null || missing+=(wheel)
if [ ${#missing[@]} -gt 0 ]; then
    echo "tests/python/run.sh: pip installing ${missing[*]}"
    $py -m pip install -q "${missing[@]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. the setuptools integration
$py -m pip install -q ./python

# 2. the example project, through pip with build isolation: pip finds
#    cytrus-setuptools in a wheel built from python/ (it is not on PyPI).
$py -m pip wheel -q --no-deps -w "$work/wheels" ./python
PIP_FIND_LINKS="$work/wheels" $py -m pip install -q --force-reinstall --no-deps ./examples/python
# run the tests from elsewhere so the installed package is what they import
(cd "$work" && $py -m pytest -q -p no:cacheprovider "$repo/examples/python/tests")

# 3. the differential suite
(cd "$work" && $py -m pytest -q -p no:cacheprovider "$repo/tests/python")
