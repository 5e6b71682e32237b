"""Shrinking a differing test to a small program that shows the same
difference, and writing it as a case recorded with real Cython.

Order: keep only the differing test function (and the helpers it calls),
then drop statements (several at once where each could go alone), unwrap
blocks (try/with/if/loops), drop print arguments, replace expressions by
one of their operands, drop header lines.  Value differences are checked
in batches: every candidate is a separate test function of one module, so
one Cython build judges up to BATCH candidates.
"""

import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import time

from . import compare as C
from . import run as R
from .driver import DIAG_LINE, test_at_line, write_module
from .prog import E, Func, Module, S, idents

BATCH = 24
MAX_ROUNDS = 40


# -- candidate generation ---------------------------------------------------------

def body_paths(body, prefix=()):
    """Paths to every statement: tuples of (index, which) steps, where which
    is 'b' for a body or ('t', k) for the k-th tail."""
    for i, s in enumerate(body):
        p = prefix + ((i, None),)
        yield p
        if s.kind == 'block':
            yield from body_paths(s.body, p[:-1] + ((i, 'b'),))
            for k, (_, tb) in enumerate(s.tails):
                yield from body_paths(tb, p[:-1] + ((i, ('t', k)),))


def get_list(body, path):
    """The statement list holding the statement at path, and its index."""
    cur = body
    for i, which in path[:-1]:
        s = cur[i]
        cur = s.body if which == 'b' else s.tails[which[1]][1]
    return cur, path[-1][0]


def stmt_text(s):
    out = []
    s.render(0, out)
    return '\n'.join(out)


def used_names(body, skip=None):
    out = []
    for s in body:
        if s is skip:
            continue
        s.render(0, out)
    return idents('\n'.join(out))


def can_drop(func, lst, i):
    s = lst[i]
    if s.keep:
        return False
    if s.defines:
        rest = used_names(func.body, skip=s)
        # a declaration is only dropped with every use of it
        if s.defines & rest:
            return False
    return True


def variants(func):
    """Smaller variants of a test function, roughly largest reduction first."""
    out = []
    paths = list(body_paths(func.body))
    for k in range(len(func.decorators)):
        f = copy.deepcopy(func)
        del f.decorators[k]
        out.append(('decorator', f))
    # drop single statements
    for p in paths:
        f = copy.deepcopy(func)
        lst, i = get_list(f.body, p)
        if can_drop(f, lst, i):
            del lst[i]
            out.append(('drop', f))
    # unwrap blocks: replace a block by its body (or by a tail's body)
    for p in paths:
        f = copy.deepcopy(func)
        lst, i = get_list(f.body, p)
        s = lst[i]
        if s.kind != 'block':
            continue
        # not into except clauses: they use the name the clause binds
        for which in ['b'] + [k for k, (h, _) in enumerate(s.tails) if not h.startswith('except')]:
            f2 = copy.deepcopy(func)
            lst2, i2 = get_list(f2.body, p)
            s2 = lst2[i2]
            inner = s2.body if which == 'b' else s2.tails[which][1]
            lst2[i2:i2 + 1] = inner
            out.append(('unwrap', f2))
        if s.tails:
            f3 = copy.deepcopy(func)
            lst3, i3 = get_list(f3.body, p)
            if lst3[i3].text.startswith('try') and len(lst3[i3].tails) > 1:
                lst3[i3].tails = lst3[i3].tails[:1]
                out.append(('tails', f3))
    # print arguments and expressions
    for p in paths:
        f = copy.deepcopy(func)
        lst, i = get_list(f.body, p)
        s = lst[i]
        if s.kind == 'print' and len(s.exprs) > 1:
            for k in range(len(s.exprs)):
                f2 = copy.deepcopy(func)
                lst2, i2 = get_list(f2.body, p)
                del lst2[i2].exprs[k]
                out.append(('arg', f2))
        if s.kind == 'print' and s.text:
            f2 = copy.deepcopy(func)
            lst2, i2 = get_list(f2.body, p)
            lst2[i2].text = ''
            out.append(('arg', f2))
        for k in range(len(s.exprs)):
            for path_e, kid_index in expr_reductions(s.exprs[k]):
                f2 = copy.deepcopy(func)
                lst2, i2 = get_list(f2.body, p)
                replace_expr(lst2[i2].exprs, k, path_e, kid_index)
                out.append(('expr', f2))
    return out


def expr_reductions(e, path=()):
    """(path to a node, index of a kid to replace it with)."""
    if e.frozen:
        return
    if e.op in ('bin', 'un', 'cast', 'call', 'cond', 'cmp', 'paren'):
        for j, k in enumerate(e.kids):
            if k.op == 'leaf' and e.op == 'call' and e.sym == 'sizeof':
                continue
            yield path, j
    for j, k in enumerate(e.kids):
        yield from expr_reductions(k, path + (j,))


def replace_expr(exprs, k, path, kid_index):
    if not path:
        exprs[k] = exprs[k].kids[kid_index]
        return
    node = exprs[k]
    for j in path[:-1]:
        node = node.kids[j]
    parent = node
    j = path[-1]
    parent.kids[j] = parent.kids[j].kids[kid_index]


def fsize(func):
    return len(func.source())


# -- evaluation -------------------------------------------------------------------------

class Evaluator:
    def __init__(self, opts, work, stats=None):
        self.opts = opts
        self.work = work
        self.stats = stats if stats is not None else {}
        self.n = 0

    def _dir(self):
        self.n += 1
        return R.fresh_dir(os.path.join(self.work, 'mz%d' % self.n))

    def value_batch(self, header, helpers, cands, backend, want):
        """For each candidate Func (named t<k>, distinct), whether it still
        shows a difference of kind want ('value' or 'c-vs-rust').  Returns a
        list of True/False/None (None: invalid, e.g. Cython refused it)."""
        res = {c.name: None for c in cands}
        live = list(cands)
        for _attempt in range(12):
            if not live:
                break
            d = self._dir()
            m = Module('mz_%d' % self.n, header, helpers, live)
            spans = {}
            path = write_module(m, d, spans)
            built = R.cython_compile([path], d, self.stats)
            rej = built[m.name]
            if rej is not None:
                bad = {test_at_line(spans, int(x)) for x in re.findall(r'(\d+):\d+: ', rej)}
                bad = {b for b in bad if b and b.startswith('t')}
                if not bad:
                    if len(live) > 1:
                        # not attributable to one candidate: judge halves
                        half = len(live) // 2
                        r1 = self.value_batch(header, helpers, live[:half], backend, want)
                        r2 = self.value_batch(header, helpers, live[half:], backend, want)
                        for c, r in zip(live, r1 + r2):
                            res[c.name] = r
                    return [res[c.name] for c in cands]
                live = [c for c in live if c.name not in bad]
                continue
            ref = R.cython_run(m.name, d)
            if ref.status in ('crash', 'timeout'):
                parts = C.split_by_test(ref.stdout)
                seen = [k for k in parts if k.startswith('t')]
                culprit = seen[-1] if seen else live[0].name
                drop = {culprit}
                live = [c for c in live if c.name not in drop]
                continue
            outs = {}
            failed = False
            for b in (('c', 'rust') if want == 'c-vs-rust' else (backend,)):
                o = R.cytrus_run(self.opts.cytrus, path, b, d)
                if o.status not in ('ok', 'error'):
                    failed = True
                    if o.status == 'rejected':
                        bad = {test_at_line(spans, int(x)) for x in DIAG_LINE.findall(o.diag)}
                        bad = {x for x in bad if x and x.startswith('t')}
                        if bad:
                            live = [c for c in live if c.name not in bad]
                            break
                    # otherwise split: judge each candidate alone
                    if len(live) > 1:
                        half = len(live) // 2
                        r1 = self.value_batch(header, helpers, live[:half], backend, want)
                        r2 = self.value_batch(header, helpers, live[half:], backend, want)
                        for c, r in zip(live, r1 + r2):
                            res[c.name] = r
                        return [res[c.name] for c in cands]
                    return [res[c.name] for c in cands]
                outs[b] = o
            if failed:
                continue
            names = [c.name for c in live]
            if want == 'c-vs-rust':
                diff = {n for n, _ in C.differing_tests(outs['c'].stdout, outs['rust'].stdout, names)}
            else:
                diff = {n for n, _ in C.differing_tests(ref.stdout, outs[backend].stdout, names)}
            for n in names:
                res[n] = n in diff
            break
        return [res[c.name] for c in cands]

    def cytrus_status(self, header, helpers, func, backend):
        """(status, code) of cytrus on a module with just this test."""
        d = self._dir()
        m = Module('mz_%d' % self.n, header, helpers, [func])
        path = write_module(m, d)
        o = R.cytrus_run(self.opts.cytrus, path, backend, d)
        return o.status, error_code(o)

    def cython_accepts(self, header, helpers, func):
        d = self._dir()
        m = Module('mz_%d' % self.n, header, helpers, [func])
        path = write_module(m, d)
        rc, out, err = R.run_proc(['cython', '-3', os.path.basename(path)], cwd=d, timeout=300)
        return rc == 0


def error_code(o):
    if o.status == 'rejected':
        m = re.search(r'error\[(E\d+)\]', o.diag)
        return m.group(1) if m else 'reject'
    if o.status == 'internal':
        return 'internal'
    return o.status


# -- the minimiser ------------------------------------------------------------------

def minimize(module, test_name, kind, backend, opts, log=print):
    """Shrink one differing test.  Returns (Module with one test, info)."""
    ev = Evaluator(opts, os.path.join(opts.out, 'mzwork'))
    test = next(t for t in module.tests if t.name == test_name)
    header = list(module.header)
    helpers = list(module.helpers)
    cur = copy.deepcopy(test)
    numbers = iter(range(1000, 10 ** 9))

    def renamed(f):
        g = copy.deepcopy(f)
        n = 't%d' % next(numbers)
        g.head = g.head.replace(f.name + '(', n + '(', 1)
        g.name = n
        return g

    if kind in ('reject', 'internal', 'crash', 'timeout'):
        want_status = {'reject': 'rejected'}.get(kind, kind)
        st, code = ev.cytrus_status(header, helpers, cur, backend)
        if st != want_status:
            return None, 'not reproduced alone (%s %s)' % (st, code)

        def still(f):
            s2, c2 = ev.cytrus_status(header, helpers, f, backend)
            return s2 == want_status and c2 == code and ev.cython_accepts(header, helpers, f)
        for _ in range(MAX_ROUNDS):
            improved = False
            for how, f in sorted(variants(cur), key=lambda hv: fsize(hv[1])):
                if fsize(f) >= fsize(cur):
                    continue
                if still(f):
                    cur = f
                    improved = True
                    break
            if not improved:
                break
        header = shrink_header(header, lambda h: still_h(ev, h, helpers, cur, backend, want_status, code))
        return Module('min', header, helpers, [cur]), code

    # value differences (and C/Rust disagreements): batches judged by Cython
    r = ev.value_batch(header, helpers, [renamed(cur)], backend, kind)
    if not r[0]:
        return None, 'not reproduced alone'
    for rnd in range(MAX_ROUNDS):
        vs = sorted(variants(cur), key=lambda hv: fsize(hv[1]))
        vs = [(h, f) for h, f in vs if fsize(f) < fsize(cur)]
        if not vs:
            break
        found = None
        for start in range(0, len(vs), BATCH):
            chunk = [renamed(f) for _, f in vs[start:start + BATCH]]
            res = ev.value_batch(header, helpers, chunk, backend, kind)
            good = [c for c, ok in zip(chunk, res) if ok]
            if good:
                found = min(good, key=fsize)
                break
            if start >= 3 * BATCH:
                break
        if found is None:
            break
        cur = found
        log('    round %d: %d chars' % (rnd + 1, fsize(cur)))

    def hstill(h):
        return ev.value_batch(h, helpers, [renamed(cur)], backend, kind)[0]
    header = shrink_header(header, hstill)
    return Module('min', header, helpers, [cur]), 'value'


def still_h(ev, header, helpers, func, backend, want_status, code):
    st, c = ev.cytrus_status(header, helpers, func, backend)
    return st == want_status and c == code and ev.cython_accepts(header, helpers, func)


def shrink_header(header, still):
    """Drop header lines (comments, cimports) that the program does not need."""
    cur = list(header)
    for line in list(header):
        trial = [h for h in cur if h != line]
        if trial != cur and still(trial):
            cur = trial
    return cur


# -- case files ---------------------------------------------------------------------------

def case_source(mod, comment_lines):
    """The minimised program as a conformance case: a first comment saying
    what it tests, the test function, a plain call."""
    t = mod.tests[0]
    out = []
    hdr = list(mod.header)
    directive = [h for h in hdr if h.startswith('# cython:')]
    rest = [h for h in hdr if not h.startswith('#')]
    out += directive
    out += ['# ' + c for c in comment_lines]
    out += rest
    body_text = t.source()
    used = idents(body_text)
    need = set()
    changed = True
    src = {h.name: h.source() for h in mod.helpers}
    while changed:
        changed = False
        for h in mod.helpers:
            if h.name not in need and (h.name in used or any(h.name in idents(src[n]) for n in need)):
                need.add(h.name)
                changed = True
    for h in mod.helpers:
        if h.name in need:
            out += src[h.name].split('\n')
    out += body_text.replace(t.name + '(', 'main(', 1).split('\n')
    out.append('main()')
    return '\n'.join(out) + '\n'


RECORD = '/work/shared/conformance/record.sh'


def check_case(path, kind, backend, opts):
    """Record the case with real Cython in a scratch copy and confirm cytrus
    still differs.  Returns (ok, description)."""
    d = R.fresh_dir(os.path.join(opts.out, 'casecheck'))
    name = os.path.basename(path)
    shutil.copy(path, os.path.join(d, name))
    p = subprocess.run([RECORD, os.path.join(d, name)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        return False, 'record.sh failed: ' + p.stderr.decode()[-500:]
    base = os.path.join(d, name[:-4])
    exp_out = open(base + '.stdout').read()
    exp_err = open(base + '.error').read().strip() if os.path.exists(base + '.error') else None
    descr = []
    differs = False
    for b in (('c', 'rust') if backend in ('both', None) else (backend,)):
        o = R.cytrus_run(opts.cytrus, os.path.join(d, name), b, d)
        if o.status == 'rejected':
            differs = True
            descr.append('%s: rejected: %s' % (b, first_error(o.diag)))
        elif o.status in ('internal', 'crash', 'timeout'):
            differs = True
            descr.append('%s: %s: %s' % (b, o.status, first_error(o.diag) or o.last_err))
        else:
            same = o.stdout == exp_out and ((exp_err is None and o.status == 'ok') or
                                            (exp_err is not None and o.status == 'error' and o.last_err == exp_err))
            if not same:
                differs = True
                fd = C.first_diff(exp_out.split('\n'), o.stdout.split('\n'))
                if fd:
                    descr.append('%s: line %d: Cython %r, cytrus %r' % (b, fd[0] + 1, fd[1], fd[2]))
                else:
                    descr.append('%s: Cython %s %r, cytrus %s %r' % (b, 'error' if exp_err else 'ok', exp_err, o.status, o.last_err))
            else:
                descr.append('%s: same' % b)
    return differs, '; '.join(descr)


def first_error(diag):
    for ln in (diag or '').split('\n'):
        if ln.startswith('error'):
            return ln.strip()[:200]
    return (diag or '').strip().split('\n')[0][:200] if diag else ''


def minimize_all(all_diffs, opts, stats, dedupe=True):
    """Minimise up to opts.minimize differences, one per rough signature
    (value differences: one per family and backend)."""
    seen = set()
    outdir = os.path.join(opts.out, 'min')
    os.makedirs(outdir, exist_ok=True)
    done = 0
    results = []
    # rejections and internal errors first: they are cheap to shrink
    order = sorted(all_diffs, key=lambda md: {'reject': 0, 'internal': 1, 'crash': 2}.get(md[1].kind, 3))
    for m, d in order:
        if done >= opts.minimize:
            break
        if d.test.startswith('_'):
            continue
        sig = d.signature() if dedupe else (m.name, d.test, d.backend)
        if sig in seen:
            continue
        seen.add(sig)
        t0 = time.time()
        print('minimising %s %s (%s, %s) ...' % (m.name, d.test, d.kind, d.backend), flush=True)
        backend = d.backend if d.backend in ('c', 'rust') else 'c'
        try:
            mod, info = minimize(m, d.test, d.kind, backend, opts, log=lambda s: print(s, flush=True))
        except Exception as e:      # keep going with the others
            print('  minimiser failed: %r' % (e,))
            continue
        if mod is None:
            print('  %s' % info)
            continue
        done += 1
        h = hashlib.sha1(mod.tests[0].source().encode()).hexdigest()[:6]
        short = '%s_%s' % (d.family or d.kind, h)
        path = os.path.join(outdir, 'difftest_%s.pyx' % short)
        comment = ['difftest (seed module %s, test %s, %s): %s on %s' % (m.name, d.test, d.family, d.kind, d.backend)]
        with open(path, 'w') as f:
            f.write(case_source(mod, comment))
        ok, descr = check_case(path, d.kind, d.backend, opts)
        print('  -> %s (%.0f s): %s' % (path, time.time() - t0, descr), flush=True)
        results.append({'case': path, 'module': m.name, 'test': d.test, 'kind': d.kind,
                        'backend': d.backend, 'differs_when_recorded': ok, 'what': descr})
    with open(os.path.join(outdir, 'minimized.jsonl'), 'a') as f:
        for r in results:
            f.write(json.dumps(r) + '\n')
    return results
