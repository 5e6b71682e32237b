"""Running generated modules through Cython and both cytrus backends and
collecting the differences, test by test."""

import json
import os
import re
import time

from . import compare as C
from . import run as R
from .prog import Module, idents

BACKENDS = ('c', 'rust')


class Diff:
    """One difference.

    kind: 'reject' (cytrus refused a program Cython accepts), 'internal'
    (cytrus failed: generated code does not compile, a panic), 'crash'
    (the compiled program died), 'timeout', 'value' (output or error
    differs from Cython's), 'c-vs-rust' (the two backends disagree).
    """

    def __init__(self, kind, backend, module, test, detail, family=None):
        self.kind = kind
        self.backend = backend
        self.module = module
        self.test = test
        self.detail = detail
        self.family = family

    def to_json(self):
        return {'kind': self.kind, 'backend': self.backend, 'module': self.module,
                'test': self.test, 'family': self.family, 'detail': self.detail}

    def signature(self):
        """A rough key to group differences before minimisation."""
        d = self.detail or ''
        if self.kind == 'reject':
            m = re.search(r'error\[(E\d+)\]: ([^\n]*)', d)
            return (self.kind, m.group(1) + ' ' + re.sub(r'`[^`]*`', '`_`', m.group(2))) if m else (self.kind, d[:60])
        if self.kind == 'internal':
            # the compiler's own first error (rustc's error[E...] or cc's error:)
            m = re.search(r'error\[E\d+\]: ([^\n]*)', d) or re.search(r': error: ([^\n]*)', d) \
                or re.search(r'error: ([^\n]*)', d)
            return (self.kind, self.backend, re.sub(r'`[^`]*`', '`_`', m.group(1))[:80] if m else d[:60])
        return (self.kind, self.backend, self.family)


def sub_module(m, tests, final=True, name=None):
    sm = Module(name or m.name, m.header, m.helpers, tests, final=m.final if final else None)
    return sm


def write_module(m, workdir, spans=None):
    path = os.path.join(workdir, m.name + '.pyx')
    with open(path, 'w') as f:
        f.write(m.source(spans))
    return path


DIAG_LINE = re.compile(r'\.pyx:(\d+):\d+')


def test_at_line(spans, lineno):
    for name, (a, b) in spans.items():
        if a <= lineno <= b:
            return name
    return None


class Checker:
    """Runs cytrus on a module, isolates the tests it cannot handle, and
    compares what it prints with Cython's output."""

    def __init__(self, cytrus, workdir, stats):
        self.cytrus = cytrus
        self.workdir = workdir
        self.stats = stats

    def run(self, m, backend):
        spans = {}
        path = write_module(m, self.workdir, spans)
        t0 = time.time()
        o = R.cytrus_run(self.cytrus, path, backend, self.workdir)
        self.stats['cytrus_s_' + backend] = self.stats.get('cytrus_s_' + backend, 0) + time.time() - t0
        self.stats['cytrus_runs'] = self.stats.get('cytrus_runs', 0) + 1
        o.spans = spans
        return o

    def isolate(self, m, tests, backend, status):
        """The single test that makes cytrus fail with this status, or None."""
        def bad(ts):
            o = self.run(sub_module(m, ts, final=False), backend)
            return o.status == status
        cand = list(tests)
        while len(cand) > 1:
            half = len(cand) // 2
            a, b = cand[:half], cand[half:]
            if bad(a):
                cand = a
            elif bad(b):
                cand = b
            else:
                return None
        if cand and bad(cand):
            return cand[0]
        return None

    def blame_rejection(self, m, tests, o, backend, fam_of, diffs):
        """Attribute each error of a rejection to the test (or helper, or the
        final lines) at its line; mark the tests to drop (t._blamed).
        Returns (anything blamed, the final lines blamed)."""
        blocks = re.split(r'\n(?=error)', o.diag.strip())
        blamed = False
        fin = False
        helper_src = {h.name: h.source() for h in m.helpers}
        for b in blocks:
            lines = DIAG_LINE.findall(b)
            if not lines:
                continue
            owner = test_at_line(o.spans, int(lines[0]))
            if owner is None or owner == '_run':
                continue
            if owner == '_final':
                diffs.append(Diff('reject', backend, m.name, '_final', b))
                fin = True
                continue
            test = next((t for t in tests if t.name == owner), None)
            if test is not None:
                if not getattr(test, '_blamed', False):
                    test._blamed = True
                    diffs.append(Diff('reject', backend, m.name, owner, b, fam_of.get(owner)))
                    blamed = True
                continue
            # a helper: every test that uses it (directly or through helpers)
            users = []
            for t in tests:
                seen = set()
                todo = [n for n in idents(t.source()) if n in helper_src]
                while todo:
                    n = todo.pop()
                    if n in seen:
                        continue
                    seen.add(n)
                    todo += [x for x in idents(helper_src[n]) if x in helper_src]
                if owner in seen:
                    users.append(t)
            if m.final and owner in idents('\n'.join(m.final)):
                fin = True
            if users:
                for t in users:
                    t._blamed = True
                diffs.append(Diff('reject', backend, m.name, users[0].name,
                                  b + '\n(in helper %s, used by %d tests)' % (owner, len(users)),
                                  fam_of.get(users[0].name)))
                blamed = True
        return blamed, fin

    def check(self, m, ref, backend, fam_of):
        """Diffs for module m on one backend against Cython's outcome ref.
        Returns (diffs, outcome on the tests that ran, names of those tests)."""
        diffs = []
        for t in m.tests:
            t._blamed = False
        tests = list(m.tests)
        final = True
        for _round in range(12):
            cur = sub_module(m, tests, final=final)
            o = self.run(cur, backend)
            if o.status in ('ok', 'error'):
                break
            culprit = None
            if o.status == 'rejected':
                removed, fin = self.blame_rejection(m, tests, o, backend, fam_of, diffs)
                if fin and final:
                    final = False
                    removed = True
                if removed:
                    tests = [t for t in tests if not getattr(t, '_blamed', False)]
                    continue
            if culprit is None and o.status in ('crash', 'timeout'):
                # the test that was running: the last marker printed, if the
                # program's output got out before it died
                seen = [k for k in C.split_by_test(o.stdout) if k.startswith('t')]
                if seen:
                    cand = next((t for t in tests if t.name == seen[-1]), None)
                    if cand is not None:
                        o3 = self.run(sub_module(m, [cand], final=False), backend)
                        if o3.status == o.status:
                            culprit = cand
            if culprit is None:
                if final and m.final:
                    o2 = self.run(sub_module(m, tests, final=False), backend)
                    if o2.status in ('ok', 'error'):
                        diffs.append(Diff(o.status if o.status != 'rejected' else 'reject', backend,
                                          m.name, '_final', o.diag or o.last_err))
                        final = False
                        o = o2
                        break
                culprit = self.isolate(m, tests, backend, o.status)
            if culprit is None:
                kind = 'reject' if o.status == 'rejected' else o.status
                diffs.append(Diff(kind, backend, m.name, '_module', o.diag or o.last_err))
                return diffs, None, []
            kind = 'reject' if o.status == 'rejected' else o.status
            diffs.append(Diff(kind, backend, m.name, culprit.name, o.diag or o.last_err,
                              fam_of.get(culprit.name)))
            tests = [t for t in tests if t is not culprit]
        else:
            return diffs, None, []
        names = [t.name for t in tests]
        for name, fd in C.differing_tests(ref.stdout, o.stdout, names):
            i, exp, got = fd
            diffs.append(Diff('value', backend, m.name, name,
                              'line %d: expected %r, got %r' % (i + 1, exp, got), fam_of.get(name)))
        if final and m.final:
            a = C.split_by_test(ref.stdout).get('_final', [])
            b = C.split_by_test(o.stdout).get('_final', [])
            if a != b or ref.status != o.status or (ref.status == 'error' and ref.last_err != o.last_err):
                diffs.append(Diff('value', backend, m.name, '_final',
                                  'expected %s %r, got %s %r' % (ref.status, ref.last_err, o.status, o.last_err)))
        elif ref.status != o.status and not m.final:
            diffs.append(Diff('value', backend, m.name, '_module',
                              'expected %s %r, got %s %r' % (ref.status, ref.last_err, o.status, o.last_err)))
        if len(tests) == len(m.tests) and final and not diffs:
            if ref.stdout != o.stdout:
                fd = C.first_diff(ref.stdout.split('\n'), o.stdout.split('\n'))
                diffs.append(Diff('value', backend, m.name, '_module', 'whole output: %r' % (fd,)))
        return diffs, o, names


def process_batch(mods, opts, stats, log):
    """Cython-compile a batch of modules together, then check each one."""
    workdir = R.fresh_dir(os.path.join(opts.out, 'work'))
    spans = {}
    paths = []
    for m in mods:
        sp = {}
        paths.append(write_module(m, workdir, sp))
        spans[m.name] = sp
    t0 = time.time()
    built = R.cython_compile(paths, workdir, stats)
    stats['cython_build_s'] = stats.get('cython_build_s', 0) + time.time() - t0
    all_diffs = []
    for m, path in zip(mods, paths):
        fam_of = {t.name: t.family for t in m.tests}
        rej = built[m.name]
        if rej is not None:
            lines = [int(x) for x in re.findall(r'(\d+):\d+: ', rej)]
            culprits = sorted({test_at_line(spans[m.name], ln) for ln in lines} - {None})
            log.write(json.dumps({'invalid': 'cython rejected', 'module': m.name,
                                  'tests': culprits, 'families': [fam_of.get(c) for c in culprits],
                                  'detail': rej[:1500]}) + '\n')
            stats['invalid_modules'] = stats.get('invalid_modules', 0) + 1
            save_module(m, opts, 'invalid')
            continue
        t1 = time.time()
        ref = R.cython_run(m.name, workdir)
        stats['cython_run_s'] = stats.get('cython_run_s', 0) + time.time() - t1
        if ref.status in ('crash', 'timeout'):
            parts = C.split_by_test(ref.stdout)
            last = [k for k in parts if k.startswith('t')]
            log.write(json.dumps({'invalid': 'cython ' + ref.status, 'module': m.name, 'rc': ref.rc,
                                  'last_test': last[-1] if last else None,
                                  'detail': ref.diag[-500:]}) + '\n')
            stats['invalid_modules'] = stats.get('invalid_modules', 0) + 1
            save_module(m, opts, 'invalid')
            continue
        stats['modules'] = stats.get('modules', 0) + 1
        stats['tests'] = stats.get('tests', 0) + len(m.tests)
        for t in m.tests:
            k = 'tests_' + t.family
            stats[k] = stats.get(k, 0) + 1
        checker = Checker(opts.cytrus, workdir, stats)
        outs = {}
        mod_diffs = []
        for b in opts.backends:
            diffs, o, names = checker.check(m, ref, b, fam_of)
            mod_diffs += diffs
            outs[b] = (o, names)
        if len(outs) == 2:
            (oc, nc), (orr, nr) = outs['c'], outs['rust']
            if oc is not None and orr is not None:
                common = [n for n in nc if n in set(nr)]
                for name, fd in C.differing_tests(oc.stdout, orr.stdout, common):
                    i, x, y = fd
                    mod_diffs.append(Diff('c-vs-rust', 'both', m.name, name,
                                          'line %d: C %r, Rust %r' % (i + 1, x, y), fam_of.get(name)))
        for d in mod_diffs:
            log.write(json.dumps(d.to_json()) + '\n')
        log.flush()
        if mod_diffs:
            save_module(m, opts, 'diff')
            # the module's tree, so it can be minimised after the generator changed
            import pickle
            with open(os.path.join(opts.out, 'diff', m.name + '.pickle'), 'wb') as f:
                pickle.dump(m, f)
            # keep Cython's reference output beside it
            with open(os.path.join(opts.out, 'diff', m.name + '.cython-stdout'), 'w') as f:
                f.write(ref.stdout)
        failed = {(d.test) for d in mod_diffs}
        stats['tests_differing'] = stats.get('tests_differing', 0) + len(failed)
        all_diffs += [(m, d) for d in mod_diffs]
    return all_diffs


def save_module(m, opts, sub):
    d = os.path.join(opts.out, sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, m.name + '.pyx'), 'w') as f:
        f.write(m.source())
