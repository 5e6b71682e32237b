#!/usr/bin/env python3
"""Totals over several difftest runs.

    python3 tools/difftest/summary.py RUN_DIR... 

Prints the seeds, modules, test functions per family, invalid modules, time
per module, and the differences per kind/backend/family (and rejections by
error code).
"""

import collections
import json
import os
import re
import sys


def main():
    tot = collections.Counter()
    fams = collections.Counter()
    kinds = collections.Counter()
    tests_diff = set()
    seeds = []
    invalid = []
    for d in sys.argv[1:]:
        p = os.path.join(d, 'results.jsonl')
        if not os.path.exists(p):
            continue
        for ln in open(p):
            r = json.loads(ln)
            if 'stats' in r:
                st = r['stats']
                for k in ('modules', 'tests', 'invalid_modules', 'wall_s', 'cython_build_s',
                          'cytrus_s_c', 'cytrus_s_rust', 'tests_differing'):
                    tot[k] += st.get(k, 0)
                for k, v in st.items():
                    if k.startswith('tests_') and k != 'tests_differing':
                        fams[k[6:]] += v
                seeds += [tuple(x) for x in r.get('runs', [])]
            elif 'invalid' in r:
                invalid.append((r['module'], r['invalid'], (r.get('detail') or '')[:120]))
            elif 'kind' in r:
                key = (r['kind'], r['backend'], r['family'])
                if r['kind'] == 'reject':
                    m = re.search(r'error\[(E\d+)\]', r['detail'] or '')
                    key = ('reject', m.group(1) if m else '?', r['family'])
                kinds[key] += 1
                tests_diff.add((r['module'], r['test']))
    print('runs (seed, first module, modules): %s' % ', '.join('%d:%d+%d' % s for s in seeds))
    print('modules: %d valid, %d invalid' % (tot['modules'], tot['invalid_modules']))
    print('test functions run: %d (%s)' % (tot['tests'], ', '.join('%s %d' % kv for kv in sorted(fams.items()))))
    print('test functions with a difference: %d' % len(tests_diff))
    if tot['modules']:
        n = tot['modules']
        print('time: %.0f s, %.1f s per module (Cython build %.1f, cytrus C %.1f, cytrus Rust %.1f)' % (
            tot['wall_s'], tot['wall_s'] / n, tot['cython_build_s'] / n, tot['cytrus_s_c'] / n,
            tot['cytrus_s_rust'] / n))
    print('differences (kind, backend or error code, family):')
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print('  %5d  %s' % (v, ' '.join(str(x) for x in k)))
    if invalid:
        print('invalid modules:')
        for x in invalid:
            print('  %s %s %s' % x)
    return 0


if __name__ == '__main__':
    sys.exit(main())
