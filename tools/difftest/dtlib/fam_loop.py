"""Loops: every range form (negative steps, typed and untyped loop variables,
bounds of other types and signedness, variable steps), while loops,
break/continue/else, the loop variable after the loop."""

from . import model as M
from .common import declare, make_test, print_stmt, int_value_text
from .families import family
from .prog import E, block, guarded, leaf, line, pr
from .scalar import ScalarGen, Var, C_BOUND

MAX_ITERS = 40



def range_len(start, stop, step):
    """len(range(start, stop, step)) for bounds past C's ssize_t too."""
    if step > 0:
        return max(0, (stop - start + step - 1) // step)
    return max(0, (start - stop - step - 1) // -step)

def c_less(a, ta, b, tb):
    """a < b as C compares a of type ta with b of type tb."""
    bits, signed = M.c_uac(ta, tb)
    return M.wrap_bits(a, bits, signed) < M.wrap_bits(b, bits, signed)


def simulate_c(start, stop, step, T, tstop, tstart):
    """Cython's C loop: the counter has the loop variable's type T and is
    compared with the stop value in C's types.  Returns the values taken, or
    None if the loop would not end soon."""
    t = M.wrap(start, T)
    vals = []
    while True:
        if step > 0:
            go = c_less(t, T, stop, tstop)
        else:
            go = c_less(stop, tstop, t, T)
        if not go:
            return vals
        vals.append(t)
        if len(vals) > MAX_ITERS:
            return None
        t = M.wrap(t + step, T)


def bound_expr(ctx, rng, value, body, allow_var=True):
    """A range bound with the given value: a literal or a fresh typed variable
    of a random type that holds it."""
    if allow_var and rng.random() < 0.5:
        types = [t for t in M.INT_TYPES if M.fits(value, t)]
        t = rng.choice(types)
        body.append(declare(ctx, t, val=value))
        v = ctx.vars[-1]
        return leaf(v.name, t, value), t
    if value < 0:
        return E('un', [leaf(str(-value), M.LONG, -value)], sym='-', ty=M.LONG, val=value), M.LONG
    return leaf(str(value), M.LONG, value), M.INT if value < (1 << 31) else M.LONG


def gen_range_loop(ctx, body, depth=0):
    rng = ctx.rng
    untyped = rng.random() < 0.2
    if untyped:
        T = M.LONG
        ivar = ctx.fresh('k')
    else:
        T = rng.choice(M.INT_TYPES)
        ivar = ctx.fresh('i')
    for _ in range(30):
        form = rng.choice([1, 2, 3, 3, 3])
        lo = max(T.lo, -30)
        hi = min(T.hi, 60)
        start = rng.randint(lo, hi) if form >= 2 else 0
        if rng.random() < 0.25 and not untyped:
            # near the edges of the loop variable's type
            start = rng.choice([T.lo, T.hi - 5, T.lo + 3, 0]) if form >= 2 else 0
        if form == 3:
            step = rng.choice([1, 2, 3, -1, -2, -3, 5, -7])
        else:
            step = 1
        stop = start + step * rng.randint(-3, 12) + rng.choice([0, 0, 1, -1])
        if rng.random() < 0.15:
            stop = rng.choice([-1, -3, 0, 5])
        if not untyped and not (T.lo <= stop <= T.hi):
            continue
        # the bound expressions
        pre = []
        se, ts = bound_expr(ctx, rng, start, pre) if form >= 2 else (None, M.LONG)
        te, tt = bound_expr(ctx, rng, stop, pre)
        var_step = form == 3 and rng.random() < 0.2
        if var_step:
            st_t = rng.choice([t for t in M.INT_TYPES if M.fits(step, t)])
            pre.append(declare(ctx, st_t, val=step))
            stepe = leaf(ctx.vars[-1].name, st_t, step)
        elif form == 3:
            stepe = E('un', [leaf(str(-step))], sym='-') if step < 0 else leaf(str(step))
        vals_c = simulate_c(start, stop, step, T, tt, ts)
        if vals_c is None or range_len(start, stop, step) > MAX_ITERS:
            ctx.vars = [v for v in ctx.vars if v.name not in {d for s in pre for d in s.defines}]
            continue
        vals_py = list(range(start, stop, step))
        if not untyped and any(not M.fits(v, T) for v in vals_py):
            ctx.vars = [v for v in ctx.vars if v.name not in {d for s in pre for d in s.defines}]
            continue
        break
    else:
        return
    body.extend(pre)
    if not untyped:
        init = rng.choice([0, -5, 99]) if T.signed else rng.choice([0, 99])
        body.append(line('cdef %s %s = %s' % (T.name, ivar, init), defines=[ivar]))
    else:
        # an untyped loop variable needs a value in case the loop does not run
        body.append(line('%s = %d' % (ivar, rng.choice([0, 7])), defines=[ivar]))
    acc_t = rng.choice([M.INT, M.LONG, M.UINT, M.LLONG, M.SHORT, M.UCHAR, M.SSIZE, M.DOUBLE])
    acc = ctx.fresh('acc')
    body.append(line('cdef %s %s = %s' % (acc_t.name, acc, '0' if acc_t.is_int else '0.0'),
                     defines=[acc]))
    args = [se, te, stepe] if form == 3 else ([se, te] if form == 2 else [te])
    head = 'for %s in range(%s):' % (ivar, ', '.join('{%d}' % k for k in range(len(args))))
    lb = []
    lab = ctx.label()
    # the body: accumulate, maybe break/continue, maybe print, maybe nested
    mult = rng.choice(['3', '31', '1000003', '-7', '65537'])
    accs = [
        '%s = %s * %s + %s' % (acc, acc, mult, ivar),
        '%s += %s * %s' % (acc, ivar, ivar),
        '%s += %s' % (acc, ivar),
        '%s -= %s * 100000' % (acc, ivar),
        # beyond 32 bits for a C long loop variable (an untyped one is a C
        # long in Cython), wrapping for an int
        '%s += %s * 1000000000' % (acc, ivar),
    ]
    if acc_t.is_int:
        accs.append('%s ^= %s << 3' % (acc, ivar))
    lb.append(line(rng.choice(accs)))
    vals = vals_py
    r = rng.random()
    if r < 0.3 and vals:
        lb.append(block('if %s == %s:' % (ivar, int_value_text(rng, rng.choice(vals))),
                        [pr(lab + 'b', leaf(ivar)), line('break')]))
    elif r < 0.5 and vals:
        lb.append(block('if %s %% 3 == 1:' % ivar, [line('continue')]))
    if rng.random() < 0.2 and len(vals) <= 12:
        lb.append(pr(lab + 'i', leaf(ivar), leaf(acc)))
    if rng.random() < 0.15:
        lb.append(line('%s = %s + 100' % (ivar, ivar)))
    if depth == 0 and rng.random() < 0.2:
        inner = []
        gen_while(ctx, inner, small=True, decls=body)
        lb.extend(inner)
    tails = []
    if rng.random() < 0.4:
        tails.append(('else:', [pr(lab + 'e', leaf(ivar))]))
    loop = block(head, lb, *args, tails=tails)
    if var_step or untyped or rng.random() < 0.2:
        body.append(guarded(lab, [loop]))
    else:
        body.append(loop)
    body.append(pr(ctx.label(), leaf(acc), leaf(ivar)))


def gen_while(ctx, body, small=False, decls=None):
    """A while loop.  Nested in a for loop, its declarations go to decls
    (cdef is not allowed inside a loop) and the body starts by resetting."""
    rng = ctx.rng
    T = rng.choice([M.INT, M.LONG, M.SHORT, M.UINT, M.SSIZE, M.UCHAR, M.LLONG])
    w = ctx.fresh('w')
    start = rng.randint(0, 10)
    stop = start + rng.randint(0, 12)
    step = rng.choice([1, 2, 3])
    cnt = ctx.fresh('c')
    if decls is None:
        body.append(line('cdef %s %s = %d' % (T.name, w, start), defines=[w]))
        body.append(line('cdef int %s = 0' % cnt, defines=[cnt]))
    else:
        decls.append(line('cdef %s %s = %d' % (T.name, w, start), defines=[w]))
        decls.append(line('cdef int %s = 0' % cnt, defines=[cnt]))
        body.append(line('%s = %d' % (w, start), keep=True))
        body.append(line('%s = 0' % cnt, keep=True))
    lab = ctx.label()
    lb = [line('%s += %d' % (w, step), keep=True), line('%s += 1' % cnt)]
    r = rng.random()
    if r < 0.3:
        lb.append(block('if %s > %d:' % (w, rng.randint(start, stop + 3)), [line('break')]))
    elif r < 0.5:
        lb.append(block('if %s %% 2 == 0:' % w, [line('continue')]))
    if not small and rng.random() < 0.3:
        lb.append(pr(lab + 'i', leaf(w)))
    cond = rng.choice(['%s < %d' % (w, stop), '%s <= %d' % (w, stop), 'not %s >= %d' % (w, stop),
                       '%s != %d and %s < %d' % (w, stop, w, stop + 10)])
    tails = [('else:', [pr(lab + 'e', leaf(w))])] if rng.random() < 0.4 else []
    body.append(block('while %s:' % cond, lb, tails=tails))
    body.append(pr(ctx.label(), leaf(w), leaf(cnt)))


def gen_loop_test(ctx):
    rng = ctx.rng
    body = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.75:
            gen_range_loop(ctx, body)
        else:
            gen_while(ctx, body)
    return make_test(ctx, body)


family('loop', 2, 'for/range in every form (negative and variable steps, typed and untyped '
       'loop variables of every width, bounds of mixed signedness), while, break/continue/'
       'else, the loop variable after the loop')(gen_loop_test)
