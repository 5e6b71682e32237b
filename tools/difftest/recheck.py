#!/usr/bin/env python3
"""Re-run the differing modules of earlier difftest runs with another cytrus
binary, against the Cython output saved with them (no Cython build).

    python3 tools/difftest/recheck.py [--cytrus BIN] [--backends c,rust] RUNDIR...

For every difference logged in RUNDIR/results.jsonl, says whether the test
still differs (`still`) or now matches Cython (`fixed`); prints a summary.
"""

import argparse
import json
import re
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
                with open(pyx) as f:
                    text = f.read()
                for be in backends:
                    refused = set()
                    for _ in range(8):
                        with open(os.path.join(work, mod + '.pyx'), 'w') as f:
                            f.write(stub_tests(text, refused))
                        o = cytrus_run(cytrus, os.path.join(work, mod + '.pyx'), be, work)
                        if o.status != 'rejected':
                            break
                        blamed = blamed_tests(text, mod, o.diag) - refused
                        if not blamed:
                            break
                        refused |= blamed
                    got = compare.differing_tests(ref_out, o.stdout, sorted(tests))
                    bad = {n: d for n, d in got}
                    for t in refused:
                        if t in tests:
                            bad[t] = (0, 'refused', 'refused')
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


_DEF = re.compile(r'^(?:cpdef|cdef|def)\b.*?\b(t\d+)\(')


def _functions(text):
    """(name, first line, last line) of each test function, 1-based."""
    lines = text.split('\n')
    out, cur, start = [], None, 0
    for i, ln in enumerate(lines, 1):
        if ln and not ln[0].isspace() and not ln.startswith('#'):
            if cur:
                out.append((cur, start, i - 1))
                cur = None
            m = _DEF.match(ln)
            if m:
                cur, start = m.group(1), i
    if cur:
        out.append((cur, start, len(lines)))
    return out


def blamed_tests(text, mod, diag):
    """The test functions holding the lines cytrus's errors point at (as the
    tester sets refused tests aside and runs the rest)."""
    lines = {int(n) for n in re.findall(re.escape(mod) + r'\.pyx:(\d+):', diag or '')}
    return {name for name, a, b in _functions(text) if any(a <= n <= b for n in lines)}


def stub_tests(text, names):
    """`text` with the bodies of the test functions `names` replaced by a
    print, so the module compiles and the other tests run."""
    if not names:
        return text
    lines = text.split('\n')
    for name, a, b in sorted(_functions(text), key=lambda f: -f[1]):
        if name in names:
            header = lines[a - 1]
            ret = '    return 0' if re.search(r'\)\s*except', header) and not header.startswith('cdef void') else ''
            body = ['    print("refused")'] + ([ret] if ret else [])
            lines[a:b] = body
    return '\n'.join(lines)


if __name__ == '__main__':
    sys.exit(main())
