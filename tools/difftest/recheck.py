#!/usr/bin/env python3
"""Re-run the differing modules of earlier difftest runs with another cytrus
binary, against the Cython output saved with them (no Cython build).

    python3 tools/difftest/recheck.py [--cytrus BIN] [--backends c,rust] RUNDIR...

For every difference logged in RUNDIR/results.jsonl, says whether the test
still differs (`still`) or now matches Cython (`fixed`); prints a summary.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dtlib import compare  # noqa: E402
from dtlib.run import cytrus_run  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--cytrus', default=os.path.join(here, '..', '..', 'target', 'release', 'cytrus'))
    ap.add_argument('--backends', default='c')
    ap.add_argument('runs', nargs='+')
    a = ap.parse_args()
    cytrus = os.path.abspath(a.cytrus)
    backends = a.backends.split(',')
    fixed = still = 0
    work = tempfile.mkdtemp(prefix='dt-recheck-')
    try:
        for run in a.runs:
            diffs = {}
            with open(os.path.join(run, 'results.jsonl')) as f:
                for ln in f:
                    d = json.loads(ln)
                    if 'kind' in d and 'module' in d and d.get('test'):
                        diffs.setdefault(d['module'], {})[d['test']] = d
            for mod, tests in sorted(diffs.items()):
                pyx = os.path.join(run, 'diff', mod + '.pyx')
                ref = os.path.join(run, 'diff', mod + '.cython-stdout')
                if not (os.path.exists(pyx) and os.path.exists(ref)):
                    continue
                shutil.copy(pyx, work)
                with open(ref) as f:
                    ref_out = f.read()
                for be in backends:
                    o = cytrus_run(cytrus, os.path.join(work, mod + '.pyx'), be, work)
                    got = compare.differing_tests(ref_out, o.stdout, sorted(tests))
                    bad = {n: d for n, d in got}
                    for t in sorted(tests, key=lambda n: int(n[1:]) if n[1:].isdigit() else 0):
                        if t in bad:
                            still += 1
                            i, x, y = bad[t] or (0, '', '')
                            print('still  %s %s %s [%s]: expected %r, got %r' % (
                                mod, t, be, tests[t].get('family'), x, y))
                        else:
                            fixed += 1
                            print('fixed  %s %s %s' % (mod, t, be))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print('%d fixed, %d still differ' % (fixed, still))


if __name__ == '__main__':
    sys.exit(main())
