#!/usr/bin/env python3
"""Differential tester: random programs of the cytrus subset, run by real
Cython and by cytrus (C and Rust backends), compared test by test.

    python3 tools/difftest/difftest.py --seed S --modules N [--families int,view:3]
        [--cytrus PATH] [--out DIR] [--minimize K] [--ci]

See README.md beside this file.
"""

import argparse
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from dtlib import families as F  # noqa: E402
from dtlib import driver as D  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))

# The CI batch: fixed seeds, every family, small enough for two minutes.
CI_SEEDS = [(1401, 2)]
CI_TESTS_PER_MODULE = 40


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--modules', type=int, default=4, help='modules to generate (default 4)')
    ap.add_argument('--start', type=int, default=0, help='index of the first module (default 0)')
    ap.add_argument('--tests', type=int, default=None, help='test functions per module (default 40-70)')
    ap.add_argument('--families', default='', help='comma list, optionally with weights: int,view:3 '
                    '(default: all: %s)' % ', '.join(F.FAMILIES))
    ap.add_argument('--cytrus', default=os.path.join(REPO, 'target', 'release', 'cytrus'))
    ap.add_argument('--out', default=None, help='output directory (default: a fresh one under /tmp)')
    ap.add_argument('--batch', type=int, default=4, help='modules per Cython call (default 4)')
    ap.add_argument('--backends', default='c,rust')
    ap.add_argument('--minimize', type=int, default=0, metavar='K',
                    help='minimise up to K differences (one per rough signature)')
    ap.add_argument('--record', action='store_true',
                    help='record minimised programs into tests/known-divergences (with --minimize)')
    ap.add_argument('--minimize-from', metavar='DIR',
                    help='minimise differences recorded by an earlier run in DIR (its results.jsonl)')
    ap.add_argument('--pick', default='',
                    help='with --minimize-from: only these, as MODULE:TEST[:BACKEND],... '
                    '(default: one per rough signature)')
    ap.add_argument('--ci', action='store_true', help='the fixed CI batch; exit 1 on any difference')
    ap.add_argument('--list', action='store_true', help='list the families and exit')
    ap.add_argument('--emit', metavar='DIR', help='only write the generated modules to DIR')
    opts = ap.parse_args(argv)

    if opts.list:
        for name, (_, w, desc) in F.FAMILIES.items():
            print('%-6s weight %-3s %s' % (name, w, desc))
        return 0

    weights = F.parse_families(opts.families)
    opts.backends = [b for b in opts.backends.split(',') if b]
    runs = [(opts.seed, opts.start, opts.modules)]
    tests_per = opts.tests
    if opts.ci:
        runs = [(s, 0, n) for s, n in CI_SEEDS]
        tests_per = CI_TESTS_PER_MODULE
        weights = F.parse_families('')

    if opts.emit:
        os.makedirs(opts.emit, exist_ok=True)
        for seed, start, n in runs:
            for i in range(start, start + n):
                m = F.gen_module(seed, i, weights, tests_per)
                with open(os.path.join(opts.emit, m.name + '.pyx'), 'w') as f:
                    f.write(m.source())
        return 0

    if opts.minimize_from:
        return minimize_from(opts)

    if not os.path.exists(opts.cytrus):
        print('difftest: no cytrus binary at %s (use --cytrus)' % opts.cytrus, file=sys.stderr)
        return 2
    opts.cytrus = os.path.abspath(opts.cytrus)
    scratch = opts.out is None
    if opts.out is None:
        import tempfile
        opts.out = tempfile.mkdtemp(prefix='difftest-')
    os.makedirs(opts.out, exist_ok=True)
    log = open(os.path.join(opts.out, 'results.jsonl'), 'a')
    log.write(json.dumps({'config': {'families': opts.families if not opts.ci else '', 'tests': tests_per,
                                     'runs': runs, 'cytrus': opts.cytrus}}) + '\n')
    stats = {}
    t_start = time.time()
    all_diffs = []
    for seed, start, n in runs:
        idx = list(range(start, start + n))
        for b in range(0, len(idx), opts.batch):
            mods = [F.gen_module(seed, i, weights, tests_per) for i in idx[b:b + opts.batch]]
            diffs = D.process_batch(mods, opts, stats, log)
            all_diffs += diffs
            el = time.time() - t_start
            print('[%5.0fs] seed %d modules %d-%d: %d modules, %d tests so far, %d differences so far'
                  % (el, seed, idx[b], idx[min(b + opts.batch, len(idx)) - 1], stats.get('modules', 0),
                     stats.get('tests', 0), len(all_diffs)), file=sys.stderr, flush=True)
    stats['wall_s'] = time.time() - t_start
    log.write(json.dumps({'stats': stats, 'runs': runs}) + '\n')
    log.close()

    summarize(all_diffs, stats, opts)

    if opts.minimize and all_diffs:
        from dtlib import minimize as MZ
        MZ.minimize_all(all_diffs, opts, stats)

    if opts.ci:
        differing = {(m.name, d.test) for m, d in all_diffs}
        known = read_ci_known()
        for key in sorted(differing & set(known)):
            print('known difference (ci-known.txt): %s %s  # %s' % (key[0], key[1], known[key]))
        stale = sorted(set(known) - differing)
        for key in stale:
            print('ci-known.txt: %s %s no longer differs: remove it' % key)
        # The two backends must agree, and their output must compile, on
        # every generated program: such a difference is never excused.
        never = {(m.name, d.test) for m, d in all_diffs if d.kind in ('c-vs-rust', 'internal', 'crash')}
        for key in sorted(never & set(known)):
            print('C and Rust disagree (or do not compile) on %s %s: ci-known.txt cannot excuse it' % key)
        failed = len(differing - set(known)) + len(stale) + len(never & set(known))
        invalid = stats.get('invalid_modules', 0)
        passed = stats.get('tests', 0) - len(differing)
        if scratch:
            shutil.rmtree(os.path.join(opts.out, 'work'), ignore_errors=True)
        print('%d passed, %d failed' % (passed, failed + invalid))
        return 0 if failed == 0 and invalid == 0 else 1
    return 0


def read_ci_known():
    """The CI batch's differences that are known, documented gaps
    (`ci-known.txt`: `MODULE TEST  # why`, one a line): reported, not failed
    on; one that stops differing fails the batch until it is removed."""
    known = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ci-known.txt')
    if os.path.exists(path):
        for line in open(path):
            body, _, why = line.partition('#')
            parts = body.split()
            if len(parts) == 2:
                known[(parts[0], parts[1])] = why.strip()
    return known


def minimize_from(opts):
    """Minimise differences found by an earlier run (regenerating its modules)."""
    from dtlib import minimize as MZ
    src = opts.minimize_from
    config = None
    diffs = []
    with open(os.path.join(src, 'results.jsonl')) as f:
        for ln in f:
            r = json.loads(ln)
            if 'config' in r and config is None:
                config = r['config']
            elif 'kind' in r:
                diffs.append(r)
    if config is None:
        # an older run: its families and tests per module come from the command line
        config = {'families': opts.families, 'tests': opts.tests}
    weights = F.parse_families(config['families'])
    picks = [p.split(':') for p in opts.pick.split(',') if p]
    if opts.out is None:
        opts.out = os.path.join(src, 'minimize')
    os.makedirs(opts.out, exist_ok=True)
    opts.cytrus = os.path.abspath(opts.cytrus)
    mods = {}
    chosen = []
    for r in diffs:
        if picks and not any(p[0] == r['module'] and p[1] == r['test'] and
                             (len(p) < 3 or p[2] == r['backend']) for p in picks):
            continue
        name = r['module']
        if name not in mods:
            pk = os.path.join(src, 'diff', name + '.pickle')
            if os.path.exists(pk):
                import pickle
                with open(pk, 'rb') as f:
                    mods[name] = pickle.load(f)
            else:
                # regenerate (the same only if the generator did not change)
                _, seed, idx = name.split('_')
                mods[name] = F.gen_module(int(seed), int(idx), weights, config['tests'])
        chosen.append((mods[name], D.Diff(r['kind'], r['backend'], name, r['test'], r['detail'], r['family'])))
    if not opts.minimize:
        opts.minimize = len(chosen) if picks else 10 ** 6
    MZ.minimize_all(chosen, opts, {}, dedupe=not picks)
    return 0


def summarize(all_diffs, stats, opts):
    n = stats.get('modules', 0)
    print('modules: %d valid, %d invalid (Cython rejected or crashed; see results.jsonl)' %
          (n, stats.get('invalid_modules', 0)))
    fam = {k[6:]: v for k, v in stats.items() if k.startswith('tests_') and k != 'tests_differing'}
    print('test functions run: %d (%s)' % (stats.get('tests', 0),
                                           ', '.join('%s %d' % kv for kv in sorted(fam.items()))))
    print('tests with a difference: %d' % stats.get('tests_differing', 0))
    if n:
        print('time: %.0f s in all, %.1f s per module (Cython build %.1f, Cython run %.2f, '
              'cytrus C %.1f, cytrus Rust %.1f; %d cytrus runs)' % (
                  stats['wall_s'], stats['wall_s'] / n, stats.get('cython_build_s', 0) / n,
                  stats.get('cython_run_s', 0) / n, stats.get('cytrus_s_c', 0) / n,
                  stats.get('cytrus_s_rust', 0) / n, stats.get('cytrus_runs', 0)))
    groups = {}
    for m, d in all_diffs:
        groups.setdefault(d.signature(), []).append((m, d))
    if groups:
        print('differences by rough signature:')
    for sig, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        m, d = items[0]
        print('  %4d  %s' % (len(items), ' | '.join(str(s) for s in sig)))
        print('        e.g. %s %s: %s' % (m.name, d.test, (d.detail or '').strip().split('\n')[0][:160]))
    print('details: %s' % os.path.join(opts.out, 'results.jsonl'))


if __name__ == '__main__':
    sys.exit(main())
