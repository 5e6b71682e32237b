"""Families of scalar code: integer arithmetic and promotion (int),
comparisons/bint/logic (cmp), floating point (float)."""

from . import model as M
from .common import (choose_cdiv_decorator, declare, make_test, print_stmt,
                     with_directive, risky)
from .prog import E, guarded, leaf, line, pr
from .scalar import Reject, ScalarGen, Var, C_BOUND

INT_CFG = {'floats': False, 'py': True}
CMP_CFG = {'floats': True, 'float_share': 0.25, 'py': True, 'chains': True}
FLOAT_CFG = {'floats': True, 'float_share': 0.8, 'py': True}

PRINT_EXTRAS = ['', '', '', '', '', '', 'sep="|"', 'sep=""', 'end=" <\\n"']


def scalar_vars(ctx, body, n, kinds, int_types=None):
    rng = ctx.rng
    for _ in range(n):
        k = rng.choice(kinds)
        if k == 'int':
            ty = rng.choice(int_types or M.INT_TYPES)
        elif k == 'bint':
            ty = M.BINT
        else:
            ty = rng.choice([M.DOUBLE, M.DOUBLE, M.FLOAT])
        body.append(declare(ctx, ty, mutable=rng.random() < 0.3,
                            wrap_init=(k == 'int' and rng.random() < 0.1)))


def assign_stmt(ctx, g, body, floaty=False):
    """v = e or v op= e on a mutable variable, then print it."""
    rng = ctx.rng
    targets = [v for v in ctx.vars if v.mutable and (v.ty.is_float if floaty else v.ty.is_int)]
    if not targets:
        return
    v = rng.choice(targets)
    aug = rng.random() < 0.55
    for _ in range(20):
        try:
            if v.ty.is_float:
                if aug:
                    op = rng.choice(['+', '-', '*', '/', '%', '//', '+', '*'])
                    rhs = g.num_expr(2) if op in '+-*' else g.float_expr(1)
                    if op in ('/', '%', '//') and rhs.ty.is_int and rng.random() < 0.5:
                        pass
                    e = g.fdivmod(op, leaf(v.name, v.ty, v.val, pure=True), rhs) if op in ('/', '%', '//') \
                        else g.farith(op, leaf(v.name, v.ty, v.val, pure=True), rhs)
                    text = '%s %s= {0}' % (v.name, op)
                else:
                    rhs = g.num_expr(2)
                    if rhs.ty.is_py:
                        raise Reject()
                    e = rhs
                    text = v.name + ' = {0}'
                newval = None
                if e.val is not None:
                    newval = M.f32(float(e.val)) if v.ty is M.FLOAT else float(e.val)
            else:
                if aug:
                    op = rng.choice(['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '+', '-'])
                    me = leaf(v.name, v.ty, v.val, bound=C_BOUND)
                    if op in ('//', '%'):
                        rhs = g.divisor(1)
                        e = g.divmod_(op, me, rhs)
                    elif op in ('<<', '>>'):
                        e = g.shift(op, me, 1)
                        rhs = e.kids[1]
                    else:
                        rhs = g.int_expr(2)
                        e = g.arith(op, me, rhs)
                    if rhs.ty.is_float or e.ty.is_float:
                        raise Reject()
                    text = '%s %s= {0}' % (v.name, op)
                else:
                    rhs = g.int_expr(2)
                    if rhs.ty.is_float:
                        raise Reject()
                    e = rhs
                    text = v.name + ' = {0}'
                newval = None
                if e.val is not None:
                    if e.ty.is_py and not M.fits(e.val, v.ty):
                        newval = None
                    else:
                        newval = M.wrap(e.val, v.ty)
            stmt = line(text, rhs)
            lab = ctx.label()
            if risky(e) or risky(rhs):
                body.append(guarded(lab, [stmt]))
            else:
                body.append(stmt)
            v.val = newval
            body.append(pr(ctx.label(), leaf(v.name)))
            return
        except Reject:
            continue


def untyped_local(ctx, g, body):
    """x = <int expression>: a Python object or an inferred C type."""
    rng = ctx.rng
    name = ctx.fresh('u')
    if rng.random() < 0.4:
        e = g.int_literal(allow_py=False)
        ty = M.LONG
    else:
        e = g.int_expr(2)
        if e.ty.is_float:
            return
        ty = M.PYINT if not e.ty.is_py else M.PYINT
    st = line(name + ' = {0}', e, defines=[name])
    lab = ctx.label()
    body.append(guarded(lab, [st]) if risky(e) else st)
    if risky(e):
        # the name may be unbound if the guarded assignment failed
        body[-1] = guarded(lab, [st, pr(lab + 'b', leaf(name))])
        return
    ctx.vars.append(Var(name, ty, e.val if e.val is not None else None, False))
    body.append(pr(ctx.label(), leaf(name)))


def gen_int_test(ctx, weight_cfg=None, int_types=None, cast_types=None):
    rng = ctx.rng
    decorators = choose_cdiv_decorator(ctx)
    body = []
    scalar_vars(ctx, body, rng.randint(2, 6), ['int'] * 9 + ['bint'], int_types)
    cfg = dict(INT_CFG)
    if cast_types:
        cfg['cast_types'] = cast_types
    if rng.random() < 0.15:
        cfg['bint_mix'] = True
    g = ScalarGen(ctx, cfg)
    for _ in range(rng.randint(3, 7)):
        r = rng.random()
        if r < 0.6:
            n = rng.choice([1, 1, 1, 2, 3])
            exprs = [g.int_expr(rng.choice([1, 2, 2, 3])) for _ in range(n)]
            body.append(print_stmt(ctx, exprs, extra=rng.choice(PRINT_EXTRAS) if n > 1 else ''))
        elif r < 0.78:
            assign_stmt(ctx, g, body)
        elif r < 0.9:
            def inner():
                return [print_stmt(ctx, [g.int_expr(2)]) for _ in range(rng.randint(1, 3))]
            body.append(with_directive(ctx, 'cdivision', not ctx.cdiv, inner))
        else:
            untyped_local(ctx, g, body)
    return make_test(ctx, body, decorators)


def gen_cmp_test(ctx):
    rng = ctx.rng
    decorators = choose_cdiv_decorator(ctx)
    body = []
    scalar_vars(ctx, body, rng.randint(3, 6), ['int'] * 5 + ['bint'] * 2 + ['float'])
    cfg = dict(CMP_CFG)
    if rng.random() < 0.2:
        cfg['bint_mix'] = True
    g = ScalarGen(ctx, cfg)
    for _ in range(rng.randint(3, 7)):
        r = rng.random()
        try:
            if r < 0.4:
                e = g.compare(rng.choice([0, 1, 1, 2]))
                body.append(print_stmt(ctx, [e]))
            elif r < 0.5:
                e = g.bool_expr(2)
                body.append(print_stmt(ctx, [e]))
            elif r < 0.6:
                e = g.cond(g.num_expr(1), g.bool_expr(1), g.num_expr(1))
                body.append(print_stmt(ctx, [e]))
            elif r < 0.72:
                fn = rng.choice(['min', 'max'])
                n = rng.choice([2, 2, 3, 3, 4])
                int_only = rng.random() < 0.7
                args = [g.int_expr(1) if int_only else g.num_expr(1) for _ in range(n)]
                body.append(print_stmt(ctx, [g.minmax(fn, args)]))
            elif r < 0.8:
                body.append(print_stmt(ctx, [g.abs_(g.num_expr(1))]))
            elif r < 0.88:
                body.append(print_stmt(ctx, [g.logic(1)]))
            else:
                # an if statement on a chained comparison
                c = g.compare(1)
                from .prog import block
                lab = ctx.label()
                body.append(block('if {0}:', [pr(lab, leaf('"yes"'))], c,
                                  tails=[('else:', [pr(lab, leaf('"no"'))])]))
        except Reject:
            continue
    return make_test(ctx, body, decorators)


def gen_float_test(ctx):
    rng = ctx.rng
    decorators = choose_cdiv_decorator(ctx)
    body = []
    scalar_vars(ctx, body, rng.randint(3, 6), ['float'] * 4 + ['int'] * 2)
    g = ScalarGen(ctx, dict(FLOAT_CFG))
    for _ in range(rng.randint(3, 7)):
        r = rng.random()
        try:
            if r < 0.5:
                n = rng.choice([1, 1, 2])
                exprs = [g.float_expr(rng.choice([1, 2, 2, 3])) for _ in range(n)]
                body.append(print_stmt(ctx, exprs))
            elif r < 0.55:
                body.append(print_stmt(ctx, [g.soft_pow(rng.choice([0, 1, 2]))]))
            elif r < 0.65:
                # an exactly known value cast to an integer type
                e = g.icast(g.float_expr(1))
                body.append(print_stmt(ctx, [e]))
            elif r < 0.8:
                assign_stmt(ctx, g, body, floaty=True)
            elif r < 0.9:
                def inner():
                    return [print_stmt(ctx, [g.float_expr(2)]) for _ in range(rng.randint(1, 3))]
                body.append(with_directive(ctx, 'cdivision', not ctx.cdiv, inner))
            else:
                e = g.compare(1)
                body.append(print_stmt(ctx, [e]))
        except Reject:
            continue
    if ctx.need_round:
        ctx.mod.need_round = True
    return make_test(ctx, body, decorators)
