#!/usr/bin/env python3
"""Show the differences of a difftest run, each with the source statement
that printed the first differing line.

    python3 tools/difftest/show.py OUT_DIR [--kind value] [--backend c] [--family int]
"""

import argparse
import json
import os
import re
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--kind')
    ap.add_argument('--backend')
    ap.add_argument('--family')
    ap.add_argument('--context', type=int, default=0, help='source lines to show around the statement')
    o = ap.parse_args()
    rows = []
    with open(os.path.join(o.out, 'results.jsonl')) as f:
        for ln in f:
            r = json.loads(ln)
            if 'kind' not in r:
                continue
            if o.kind and r['kind'] != o.kind or o.backend and r['backend'] != o.backend:
                continue
            if o.family and r['family'] != o.family:
                continue
            rows.append(r)
    for r in rows:
        print('=== %s %s %s %s (%s)' % (r['kind'], r['backend'], r['module'], r['test'], r['family']))
        detail = r['detail'] or ''
        print('    ' + detail.strip().split('\n')[0][:300])
        src = os.path.join(o.out, 'diff', r['module'] + '.pyx')
        if r['kind'] in ('value', 'c-vs-rust') and os.path.exists(src):
            m = re.search(r"'(t\d+\.\d+)", detail)
            if m:
                lines = open(src).read().split('\n')
                for i, s in enumerate(lines):
                    if '"%s"' % m.group(1) in s or '"%s ' % m.group(1) in s:
                        lo = max(0, i - o.context)
                        for j in range(lo, i + 1):
                            print('    | ' + lines[j].strip())
                        break
        elif r['kind'] == 'reject':
            for ln in detail.split('\n'):
                if re.match(r'\s*\d+ │', ln):
                    print('    | ' + ln.split('│', 1)[1].strip())
                    break
    return 0


if __name__ == '__main__':
    sys.exit(main())
