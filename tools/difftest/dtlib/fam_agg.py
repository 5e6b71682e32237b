"""Aggregates and typedefs: fused types (cdef functions over a fused numeric
type, `cython.floating`/`integral`, explicit specialisation, fused views),
structs (literals of every form, fields, copies, by-value parameters and
returns, pointers, nested structs, struct arrays and struct views), ctuples
(returns, unpacking, indexing, nesting, printing) and numpy's C typedefs
(`cimport numpy as cnp`: integer arithmetic over `cnp.int64_t` & co, whose
Cython rank differs from the C type numpy's headers give, and views of
`cnp.float64_t`/`cnp.int32_t`/... from `np.zeros` and C arrays).

Values stay small, so no signed arithmetic overflows; divisors are never 0.
"""

from . import model as M
from .common import make_test, choose_cdiv_decorator
from .families import family
from .prog import guarded, leaf, line, pr

# -- fused ---------------------------------------------------------------------

FUSED_MEMBERS = ['short', 'int', 'long long', 'unsigned int', 'float', 'double']

FUSED_DECL = """ctypedef fused dtnum:
    short
    int
    long long
    unsigned int
    float
    double"""

# name -> (text, uses a view, kind of arguments)
FUSED_FUNCS = {
    'fz_lin': """cdef dtnum fz_lin(dtnum a, dtnum b):
    return a * {k1} + b - {k2}""",
    'fz_avg': """cdef double fz_avg(dtnum a, dtnum b):
    return (a + b) / {k1}""",
    'fz_max': """cdef dtnum fz_max(dtnum a, dtnum b):
    return a if a > b else b""",
    'fz_mod': """cdef dtnum fz_mod(dtnum a, dtnum b):
    return a % b""",
    'fz_fdiv': """cdef dtnum fz_fdiv(dtnum a, dtnum b):
    return a // b""",
    'fz_mix': """cdef double fz_mix(dtnum a, double w):
    cdef dtnum t = a
    t += {k1}
    return t * w - a""",
    'fz_sum': """cdef dtnum fz_sum(dtnum[:] v):
    cdef dtnum s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s""",
    'fz_scale': """cdef void fz_scale(dtnum[:] v, dtnum k):
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        v[i] = v[i] * k + {k2}""",
    'fz_half': """cdef cython.floating fz_half(cython.floating x):
    return x / 2 + {f1}""",
    'fz_bits': """cdef cython.integral fz_bits(cython.integral x, cython.integral y):
    return (x ^ y) | (x & {k1})""",
    'fz_neg': """cdef cython.numeric fz_neg(cython.numeric x):
    return -x * {k1} + 1""",
}


def member_value(rng, t):
    if t in ('float', 'double'):
        return rng.choice(['0.5', '-2.25', '3.0', '10.75', '-0.125', '7.5', '100.0', '-33.0'])
    if t == 'unsigned int':
        return str(rng.choice([0, 1, 3, 7, 100, 999, 4000000000, 12345]))
    return str(rng.randint(-500, 500))


def fused_helper(ctx, name):
    rng = ctx.rng
    mod = ctx.mod
    if 'dtnum' not in mod.helpers:
        mod.add_helper('dtnum', FUSED_DECL)
    if name not in mod.helpers:
        text = FUSED_FUNCS[name].format(k1=rng.randint(1, 7), k2=rng.randint(0, 9),
                                        f1=rng.choice(['0.25', '1.5', '-3.0']))
        mod.add_helper(name, text)
    return name


def gen_fused(ctx, body):
    rng = ctx.rng
    t = rng.choice(FUSED_MEMBERS)
    names = []
    zero = {}
    for _ in range(3):
        n = ctx.fresh('f')
        names.append(n)
        v = member_value(rng, t)
        if rng.random() < 0.15 and t not in ('float', 'double'):
            v = '0'
        zero[n] = float(v) == 0
        body.append(line('cdef %s %s = %s' % (t, n, v), defines=[n]))
    a, b, c = names
    for _ in range(rng.randint(2, 5)):
        r = rng.random()
        lab = ctx.label()
        if r < 0.45:
            f = fused_helper(ctx, rng.choice(['fz_lin', 'fz_avg', 'fz_max', 'fz_mod', 'fz_fdiv',
                                              'fz_lin', 'fz_max']))
            x, y = rng.sample(names, 2)
            if f in ('fz_mod', 'fz_fdiv') and zero.get(y):
                x, y = y, x
                if zero.get(y):
                    continue
            spec = '[%s]' % t if rng.random() < 0.25 and ' ' not in t else ''
            call = '%s%s(%s, %s)' % (f, spec, x, y)
            extra = rng.choice(['', '', ' + %s' % c, ' * 2', ' - 1'])
            if f in ('fz_avg',) and extra == ' + %s' % c and t == 'unsigned int':
                extra = ''
            e = leaf(call + extra)
            if f in ('fz_mod', 'fz_fdiv'):
                body.append(guarded(lab, [pr(lab, e)]))
            else:
                body.append(pr(lab, e))
        elif r < 0.55:
            f = fused_helper(ctx, 'fz_mix')
            body.append(pr(lab, leaf('%s(%s, %s)' % (f, rng.choice(names),
                                                     rng.choice(['0.5', '2.0', '-1.25'])))))
        elif r < 0.65:
            ft = rng.choice(['float', 'double'])
            f = fused_helper(ctx, 'fz_half')
            n = ctx.fresh('g')
            body.append(line('cdef %s %s = %s' % (ft, n, member_value(rng, ft)), defines=[n]))
            body.append(pr(lab, leaf('%s(%s)' % (f, n)), leaf('%s(<%s>%s)' % (f, ft, n))))
        elif r < 0.75:
            it = rng.choice(['short', 'int', 'long'])
            f = fused_helper(ctx, 'fz_bits')
            n1, n2 = ctx.fresh('b'), ctx.fresh('b')
            body.append(line('cdef %s %s = %d' % (it, n1, rng.randint(-300, 300)), defines=[n1]))
            body.append(line('cdef %s %s = %d' % (it, n2, rng.randint(-300, 300)), defines=[n2]))
            body.append(pr(lab, leaf('%s(%s, %s)' % (f, n1, n2))))
        elif r < 0.82:
            f = fused_helper(ctx, 'fz_neg')
            nt = rng.choice(['int', 'long', 'double', 'float', 'short'])
            n = ctx.fresh('n')
            body.append(line('cdef %s %s = %s' % (nt, n, member_value(rng, nt)), defines=[n]))
            body.append(pr(lab, leaf('%s(%s)' % (f, n))))
        else:
            # a fused view over a C array of the member type
            arr = ctx.fresh('arr')
            vw = ctx.fresh('fv')
            k = rng.randint(2, 6)
            body.append(line('cdef %s %s[%d]' % (t, arr, k), defines=[arr]))
            body.append(line('cdef %s[:] %s = %s' % (t, vw, arr), defines=[vw]))
            vals = [member_value(rng, t) for _ in range(k)]
            for i, v in enumerate(vals):
                body.append(line('%s[%d] = %s' % (arr, i, v), keep=True))
            sl = rng.choice(['', '', '[::-1]', '[1:]', '[::2]', '[:-1]'])
            if rng.random() < 0.5:
                f = fused_helper(ctx, 'fz_scale')
                body.append(line('%s(%s%s, %s)' % (f, vw, sl, rng.choice(names))))
                body.append(pr(lab, *[leaf('%s[%d]' % (vw, i)) for i in range(k)]))
            else:
                f = fused_helper(ctx, 'fz_sum')
                body.append(pr(lab, leaf('%s(%s%s)' % (f, vw, sl))))


# -- structs -----------------------------------------------------------------

STRUCT_DECLS = {
    'DtP': """cdef struct DtP:
    int x
    double y
    short z""",
    'DtSeg': """cdef struct DtSeg:
    DtP a
    DtP b
    long n""",
}

STRUCT_FUNCS = {
    'dt_pmake': """cdef DtP dt_pmake(int x, double y):
    cdef DtP p
    p.x = x
    p.y = y
    p.z = <short>(x * {k1})
    return p""",
    'dt_pmove': """cdef DtP dt_pmove(DtP p, int d):
    p.x += d
    p.y = p.y * 2 - d
    p.z -= {k1}
    return p""",
    'dt_pnorm': """cdef double dt_pnorm(DtP p):
    return p.x * p.x + p.y * p.y + p.z""",
    'dt_segsum': """cdef long dt_segsum(DtSeg s):
    return s.a.x + s.b.x + s.a.z * s.n - s.b.z""",
    'dt_pbump': """cdef void dt_pbump(DtP *p, int k):
    p.x += k
    p[0].z = p.z + {k1}
    p.y /= 2""",
    'dt_psum': """cdef double dt_psum(DtP[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i].x * {k1} + v[i].y - v[i].z
    return s""",
}


def struct_helper(ctx, name):
    mod = ctx.mod
    rng = ctx.rng
    if 'DtP' not in mod.helpers:
        mod.add_helper('DtP', STRUCT_DECLS['DtP'])
    if name == 'DtSeg' or name == 'dt_segsum':
        if 'DtSeg' not in mod.helpers:
            mod.add_helper('DtSeg', STRUCT_DECLS['DtSeg'])
    if name in STRUCT_FUNCS and name not in mod.helpers:
        mod.add_helper(name, STRUCT_FUNCS[name].format(k1=rng.randint(1, 5)))
    return name


def small_int(rng):
    return str(rng.randint(-60, 60))


def small_float(rng):
    return rng.choice(['0.5', '-1.25', '2.0', '3.75', '-8.5', '0.0', '12.125'])


def struct_init(ctx, body, name):
    rng = ctx.rng
    x, y, z = small_int(rng), small_float(rng), small_int(rng)
    r = rng.random()
    if r < 0.25:
        body.append(line('cdef DtP %s = DtP(%s, %s, %s)' % (name, x, y, z), defines=[name]))
    elif r < 0.45:
        body.append(line('cdef DtP %s = DtP(z=%s, x=%s, y=%s)' % (name, z, x, y), defines=[name]))
    elif r < 0.6:
        body.append(line("cdef DtP %s = {{'y': %s, 'x': %s, 'z': %s}}" % (name, y, x, z),
                         defines=[name]))
    elif r < 0.8:
        body.append(line('cdef DtP %s' % name, defines=[name]))
        body.append(line('%s.x = %s' % (name, x), keep=True))
        body.append(line('%s.y = %s' % (name, y), keep=True))
        body.append(line('%s.z = %s' % (name, z), keep=True))
    else:
        f = struct_helper(ctx, 'dt_pmake')
        body.append(line('cdef DtP %s = %s(%s, %s)' % (name, f, x, y), defines=[name]))


def gen_struct(ctx, body):
    rng = ctx.rng
    struct_helper(ctx, 'DtP')
    p = ctx.fresh('p')
    struct_init(ctx, body, p)
    structs = [p]
    for _ in range(rng.randint(2, 5)):
        r = rng.random()
        lab = ctx.label()
        s = rng.choice(structs)
        if r < 0.15:
            body.append(pr(lab, leaf(s)))
        elif r < 0.3:
            e = rng.choice(['%s.x * 3 + %s.z', '%s.y / 4 - %s.x', '%s.x // 7 + %s.z %% 5',
                            '%s.z * %s.y', '%s.x ^ %s.z', '-%s.z + %s.x * 2'])
            body.append(pr(lab, leaf(e % (s, s))))
        elif r < 0.4:
            q = ctx.fresh('p')
            body.append(line('cdef DtP %s = %s' % (q, s), defines=[q]))
            body.append(line('%s.x = %s' % (q, small_int(rng)), keep=True))
            body.append(line('%s.y += 1.5' % q, keep=True))
            body.append(pr(lab, leaf(s + '.x'), leaf(q + '.x'), leaf(q + '.y')))
            structs.append(q)
        elif r < 0.5:
            f = struct_helper(ctx, 'dt_pmove')
            q = ctx.fresh('p')
            body.append(line('cdef DtP %s = %s(%s, %s)' % (q, f, s, small_int(rng)), defines=[q]))
            body.append(pr(lab, leaf(s), leaf(q)))
            structs.append(q)
        elif r < 0.58:
            f = struct_helper(ctx, 'dt_pnorm')
            body.append(pr(lab, leaf('%s(%s)' % (f, s))))
        elif r < 0.66:
            f = struct_helper(ctx, 'dt_pbump')
            body.append(line('%s(&%s, %s)' % (f, s, small_int(rng))))
            body.append(pr(lab, leaf(s + '.x'), leaf(s + '.y'), leaf(s + '.z')))
        elif r < 0.72:
            pp = ctx.fresh('pp')
            body.append(line('cdef DtP *%s = &%s' % (pp, s), defines=[pp]))
            body.append(line('%s.z += %s' % (pp, small_int(rng))))
            body.append(line('%s[0].y *= 3' % pp))
            body.append(pr(lab, leaf(s)))
        elif r < 0.85:
            # struct array and struct view
            arr = ctx.fresh('sa')
            vw = ctx.fresh('sv')
            k = rng.randint(2, 5)
            f = struct_helper(ctx, 'dt_pmake')
            body.append(line('cdef DtP %s[%d]' % (arr, k), defines=[arr]))
            for i in range(k):
                body.append(line('%s[%d] = %s(%s, %s)' % (arr, i, f, small_int(rng), small_float(rng)),
                                 keep=True))
            body.append(line('cdef DtP[:] %s = %s' % (vw, arr), defines=[vw]))
            body.append(line('%s[%d].x += %s' % (vw, rng.randrange(k), small_int(rng))))
            body.append(line('%s[%d] = %s' % (vw, rng.randrange(k), s)))
            sl = rng.choice(['', '[::-1]', '[1:]', '[::2]'])
            if rng.random() < 0.5:
                g = struct_helper(ctx, 'dt_psum')
                body.append(pr(lab, leaf('%s(%s%s)' % (g, vw, sl))))
            else:
                body.append(pr(lab, leaf('%s%s[0]' % (vw, sl)), leaf('%s[%d].y' % (arr, k - 1)),
                               leaf('len(%s%s)' % (vw, sl))))
        else:
            struct_helper(ctx, 'DtSeg')
            sg = ctx.fresh('sg')
            body.append(line('cdef DtSeg %s' % sg, defines=[sg]))
            body.append(line('%s.a = %s' % (sg, s), keep=True))
            body.append(line('%s.b = DtP(%s, %s, %s)' % (sg, small_int(rng), small_float(rng),
                                                        small_int(rng)), keep=True))
            body.append(line('%s.n = %d' % (sg, rng.randint(-9, 9)), keep=True))
            body.append(line('%s.a.x = %s' % (sg, small_int(rng))))
            if rng.random() < 0.5:
                f = struct_helper(ctx, 'dt_segsum')
                body.append(pr(lab, leaf('%s(%s)' % (f, sg))))
            else:
                body.append(pr(lab, leaf(sg)))


# -- ctuples -------------------------------------------------------------------

CTUPLE_FUNCS = {
    'ct_dm': """cdef (int, double) ct_dm(int a, int b):
    return a // b, a / b""",
    'ct_nest': """cdef (long, (double, int)) ct_nest(long a):
    return a * {k1}, (a * 0.25, <int>(a % 5))""",
    'ct_sort': """cdef (int, int, int) ct_sort(int a, int b, int c):
    return min(a, b, c), a + b + c - min(a, b, c) - max(a, b, c), max(a, b, c)""",
    'ct_sum': """cdef double ct_sum((int, double) t):
    return t[0] * {k1} + t[1]""",
    'ct_swap': """cdef (double, short) ct_swap((short, double) t):
    return t[1], t[0]""",
}


def ctuple_helper(ctx, name):
    mod = ctx.mod
    if name not in mod.helpers:
        mod.add_helper(name, CTUPLE_FUNCS[name].format(k1=ctx.rng.randint(1, 6)))
    return name


def nonzero_int(rng):
    v = rng.randint(-40, 40)
    return str(v if v else 3)


def gen_ctuple(ctx, body):
    rng = ctx.rng
    for _ in range(rng.randint(2, 4)):
        r = rng.random()
        lab = ctx.label()
        if r < 0.3:
            f = ctuple_helper(ctx, 'ct_dm')
            t = ctx.fresh('tp')
            body.append(line('cdef (int, double) %s = %s(%s, %s)' % (t, f, small_int(rng), nonzero_int(rng)),
                             defines=[t]))
            u = rng.random()
            if u < 0.3:
                body.append(pr(lab, leaf(t)))
            elif u < 0.6:
                body.append(pr(lab, leaf(t + '[0]'), leaf(t + '[1]'), leaf('%s[0] + %s[1] * 2' % (t, t))))
            else:
                g = ctuple_helper(ctx, 'ct_sum')
                body.append(pr(lab, leaf('%s(%s)' % (g, t))))
        elif r < 0.5:
            f = ctuple_helper(ctx, 'ct_dm')
            q, w = ctx.fresh('q'), ctx.fresh('w')
            if rng.random() < 0.5:
                body.append(line('cdef int %s' % q, defines=[q]))
                body.append(line('cdef double %s' % w, defines=[w]))
            body.append(line('%s, %s = %s(%s, %s)' % (q, w, f, small_int(rng), nonzero_int(rng)),
                             defines=[q, w]))
            body.append(pr(lab, leaf(q), leaf(w)))
        elif r < 0.65:
            f = ctuple_helper(ctx, 'ct_nest')
            t = ctx.fresh('tp')
            body.append(line('cdef (long, (double, int)) %s = %s(%s)' % (t, f, small_int(rng)),
                             defines=[t]))
            body.append(pr(lab, leaf(t), leaf(t + '[1][0]'), leaf(t + '[1]')))
        elif r < 0.8:
            f = ctuple_helper(ctx, 'ct_sort')
            a, b, c = ctx.fresh('s'), ctx.fresh('s'), ctx.fresh('s')
            body.append(line('%s, %s, %s = %s(%s, %s, %s)' % (a, b, c, f, small_int(rng),
                                                            small_int(rng), small_int(rng)),
                             defines=[a, b, c]))
            body.append(pr(lab, leaf(a), leaf(b), leaf(c)))
        else:
            t = ctx.fresh('tp')
            body.append(line('cdef (short, double) %s = (%s, %s)' % (t, small_int(rng), small_float(rng)),
                             defines=[t]))
            if rng.random() < 0.5:
                g = ctuple_helper(ctx, 'ct_swap')
                body.append(pr(lab, leaf('%s(%s)' % (g, t))))
            else:
                body.append(line('%s = (%s[0] + 1, %s[1] * 2)' % (t, t, t)))
                body.append(pr(lab, leaf(t)))


# -- numpy's typedefs ----------------------------------------------------------

NP_VIEW_TYPES = [('cnp.float64_t', 'np.float64', 'f'), ('cnp.float32_t', 'np.float32', 'f'),
                 ('cnp.double_t', 'np.float64', 'f'), ('cnp.int32_t', 'np.int32', 'i'),
                 ('cnp.int64_t', 'np.int64', 'i'), ('cnp.intp_t', 'np.intp', 'i'),
                 ('cnp.uint8_t', 'np.uint8', 'u'), ('cnp.int16_t', 'np.int16', 'i'),
                 ('cnp.uint32_t', 'np.uint32', 'u')]


def gen_np_view(ctx, body):
    rng = ctx.rng
    ctx.mod.need_numpy = True
    t, dt, kind = rng.choice(NP_VIEW_TYPES)
    v = ctx.fresh('a')
    n = rng.randint(2, 6)
    two = rng.random() < 0.4
    lab = ctx.label()
    if two:
        rows = rng.randint(1, 3)
        spec = rng.choice(['[:, ::1]', '[:, :]'])
        body.append(line('cdef %s%s %s = np.zeros((%d, %d), dtype=%s)' % (t, spec, v, rows, n, dt),
                         defines=[v]))
    elif rng.random() < 0.5:
        body.append(line('cdef %s[::1] %s = np.zeros(%d, dtype=%s)' % (t, v, n, dt), defines=[v]))
    else:
        buf = ctx.fresh('buf')
        body.append(line('cdef %s %s[%d]' % (t, buf, n), defines=[buf]))
        body.append(line('cdef %s[:] %s = %s' % (t, v, buf), defines=[v]))
        body.append(line('%s[:] = 0' % v, keep=True))
    i = ctx.fresh('i')
    it = rng.choice(['cnp.npy_intp', 'cnp.intp_t', 'Py_ssize_t', 'int', 'cnp.int32_t'])
    body.append(line('cdef %s %s' % (it, i), defines=[i]))
    if kind == 'f':
        expr = rng.choice(['%s * 0.5 - 1', '%s * %s + 0.25', '(%s - 2) / 4.0'])
    elif kind == 'u':
        expr = rng.choice(['%s * 7 + 3', '%s * %s', '250 + %s'])
    else:
        expr = rng.choice(['%s * 7 - 10', '%s * %s - 5', '-%s * 3'])
    expr = expr.replace('%s', i)
    if two:
        r2 = ctx.fresh('r')
        body.append(line('cdef %s %s' % (it, r2), defines=[r2]))
        body.append(line('for %s in range(%s.shape[0]):\n        for %s in range(%s.shape[1]):\n'
                         '            %s[%s, %s] = %s + %s' % (r2, v, i, v, v, r2, i, expr, r2), keep=True))
        acc_t = 'double' if kind == 'f' else rng.choice(['long long', 'cnp.int64_t', 'cnp.uint64_t',
                                                         'double', 'cnp.intp_t'])
        acc = ctx.fresh('acc')
        body.append(line('cdef %s %s = 0' % (acc_t, acc), defines=[acc]))
        body.append(line('for %s in range(%s.shape[0]):\n        for %s in range(%s.shape[1]):\n'
                         '            %s += %s[%s, %s] * (%s + 1)' % (r2, v, i, v, acc, v, r2, i, i), keep=True))
        body.append(pr(lab, leaf(acc), leaf('%s[%s.shape[0] - 1, 0]' % (v, v)), leaf('%s.shape[1]' % v)))
        return
    body.append(line('for %s in range(%s.shape[0]):\n        %s[%s] = %s' % (i, v, v, i, expr),
                     keep=True))
    r = rng.random()
    if r < 0.4:
        body.append(pr(lab, *[leaf('%s[%d]' % (v, k)) for k in range(n)]))
    elif r < 0.7:
        acc_t = rng.choice(['double', 'cnp.float64_t', 'cnp.int64_t', 'cnp.uint64_t', 'long', 'int'])
        if kind == 'f' and 'float' not in acc_t and acc_t != 'double':
            acc_t = 'cnp.float64_t'
        acc = ctx.fresh('acc')
        body.append(line('cdef %s %s = 0' % (acc_t, acc), defines=[acc]))
        body.append(line('for %s in range(%s.shape[0] - 1, -1, -1):\n        %s += %s[%s] - %s'
                         % (i, v, acc, v, i, i), keep=True))
        body.append(pr(lab, leaf(acc)))
    else:
        # a negative index only where wraparound is on (the campaign of
        # 2026-12-06 late evening met `a1[-1]` in a wraparound=False module:
        # a read before the buffer in every implementation)
        last = '%s[-1]' % v if ctx.wraparound else '%s[%s.shape[0] - 1]' % (v, v)
        body.append(pr(lab, leaf(last), leaf('%s[::-1][0]' % v), leaf('%s.shape[0]' % v),
                       leaf('%s[1:].shape[0]' % v)))


def gen_agg_test(ctx):
    rng = ctx.rng
    body = []
    decorators = []
    r = rng.random()
    if r < 0.22:
        decorators = choose_cdiv_decorator(ctx)
        gen_fused(ctx, body)
    elif r < 0.42:
        gen_struct(ctx, body)
    elif r < 0.57:
        gen_ctuple(ctx, body)
    elif r < 0.75:
        gen_np_view(ctx, body)
        if rng.random() < 0.3:
            gen_np_view(ctx, body)
    else:
        # integer arithmetic over numpy's typedefs (and the plain types)
        from .fam_scalar import gen_int_test
        ctx.mod.need_numpy = True
        types = M.NP_INT_TYPES * 2 + M.INT_TYPES
        return gen_int_test(ctx, int_types=types, cast_types=M.NP_INT_TYPES + M.INT_TYPES)
    return make_test(ctx, body, decorators)


family('agg', 3, 'fused types (fused cdef functions, cython.floating/integral/numeric, '
       'explicit specialisation, fused views), structs (literals, fields, copies, '
       'by-value params/returns, pointers, nesting, struct views), ctuples, numpy '
       'typedefs (cnp.int64_t arithmetic, cnp.float64_t views from np.zeros)')(gen_agg_test)
