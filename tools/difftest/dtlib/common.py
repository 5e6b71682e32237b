"""What every family shares: the per-test context, declarations, test heads,
directive contexts and guarded prints."""

import math

from . import model as M
from .prog import E, Func, S, block, guarded, leaf, line, pr
from .scalar import Var, render_float, render_int_literal, type_values, float_value

RISKY_BIN = {'//', '%', '/', '**'}


class Ctx:
    """State while one test function is generated."""

    def __init__(self, rng, name, mod):
        self.rng = rng
        self.name = name
        self.mod = mod              # the ModuleCtx
        self.vars = []
        self.cdiv = mod.cdiv
        self.boundscheck = mod.boundscheck
        self.wraparound = mod.wraparound
        self.nprint = 0
        self.nvar = 0
        self.need_round = False

    def label(self):
        self.nprint += 1
        return '%s.%d' % (self.name, self.nprint)

    def fresh(self, prefix='v'):
        self.nvar += 1
        return '%s%d' % (prefix, self.nvar)


class ModuleCtx:
    """Module-wide settings: the directive comment and what to cimport."""

    def __init__(self, rng, cdiv=False, boundscheck=True, wraparound=True):
        self.rng = rng
        self.cdiv = cdiv
        self.boundscheck = boundscheck
        self.wraparound = wraparound
        self.helpers = {}           # name -> Func
        self.helper_order = []
        self.need_round = False
        self.need_numpy = False

    def add_helper(self, name, text):
        if name not in self.helpers:
            self.helpers[name] = Func(name, None, None, is_test=False, text=text)
            self.helper_order.append(name)
        return name

    def directive_line(self):
        ds = []
        if self.cdiv:
            ds.append('cdivision=True')
        if not self.boundscheck:
            ds.append('boundscheck=False')
        if not self.wraparound:
            ds.append('wraparound=False')
        return '# cython: ' + ', '.join(ds) if ds else None


def int_value_text(rng, v, ty=None):
    """Source text for the integer value v (a literal, negated if needed)."""
    if v < 0:
        return '-' + render_int_literal(rng, -v)
    return render_int_literal(rng, v)


def float_value_text(rng, x):
    if x != x:
        return 'NAN'
    if x in (math.inf, -math.inf):
        return 'INFINITY' if x > 0 else '-INFINITY'
    if x < 0 or (x == 0 and math.copysign(1, x) < 0):
        return '-' + render_float(rng, -x)
    return render_float(rng, x)


def declare(ctx, ty, val=None, mutable=False, name=None, wrap_init=False):
    """cdef TY name = VALUE; returns the statement (and adds the Var)."""
    rng = ctx.rng
    name = name or ctx.fresh()
    if ty.is_float:
        if val is None:
            val = float_value(rng)
        if ty is M.FLOAT:
            val = M.f32(val)
            # print the literal as the double it came from (exactly representable)
        text = float_value_text(rng, val)
    elif ty is M.BINT:
        if val is None:
            val = rng.choice([0, 1])
        text = rng.choice(['True', 'False']) if rng.random() < 0.8 else str(val)
        if text in ('True', 'False'):
            val = 1 if text == 'True' else 0
    else:
        if val is None:
            val = type_values(rng, ty)
        text = int_value_text(rng, val)
        if wrap_init:
            # a C long literal outside the type's range: C conversion wraps it
            cands = [v for v in (ty.hi + 1 + rng.randint(0, 50), ty.lo - 1 - rng.randint(0, 50))
                     if -(1 << 31) <= v < (1 << 31)]
            if cands and ty.bits < 32:
                v = rng.choice(cands)
                text = int_value_text(rng, v)
                val = M.wrap(v, ty)
    ctx.vars.append(Var(name, ty, val, mutable))
    return line('cdef %s %s = %s' % (ty.name, name, text), defines=[name])


def risky(e):
    """Whether evaluating e may raise, as far as the model can tell (a
    wrong guess only means the runner catches the error instead)."""
    for n in e.walk():
        if n.op == 'bin' and n.sym in ('//', '%', '/'):
            d = n.kids[1]
            if d.val is None or d.val == 0 or (n.ty is not None and n.ty.is_py):
                return True
        elif n.op == 'bin' and n.sym == '**':
            if n.ty is None or not n.ty.is_int:
                return True
            if n.ty.is_py:
                return True
        elif n.op == 'cast' and n.kids[0].ty is not None and n.kids[0].ty.is_py:
            if n.val is None:
                return True
        elif n.op == 'call' and n.sym == 'abs':
            k = n.kids[0]
            if n.val is None or k.val is None or (k.ty is not None and not k.ty.is_py
                                                 and not k.ty.is_float and k.val == k.ty.lo):
                return True
        elif n.op == 'cond' or (n.op == 'bin' and n.sym in ('and', 'or')):
            # Python objects on one side (bint mixes): unusual paths
            if n.ty is not None and n.ty.is_py:
                return True
    return False


def print_stmt(ctx, exprs, force_guard=False, extra=''):
    lab = ctx.label()
    s = pr(lab, *exprs, extra=extra)
    if force_guard or any(risky(e) for e in exprs):
        return guarded(lab, [s])
    return s


TEST_HEADS = [
    ('def', 'def {name}():', None, 6),
    ('cdef_void', 'cdef void {name}():', None, 2),
    ('cdef_int', 'cdef int {name}() except -1:', 'return 0', 2),
    ('cpdef', 'cpdef void {name}():', None, 1),
]


def make_test(ctx, body, decorators=(), head=None):
    rng = ctx.rng
    if head is None:
        total = sum(w for *_, w in TEST_HEADS)
        r = rng.random() * total
        for kind, fmt, tail, w in TEST_HEADS:
            r -= w
            if r < 0:
                break
    else:
        kind, fmt, tail, _ = head
    body = list(body)
    if tail:
        body.append(line(tail, keep=True))
    return Func(ctx.name, fmt.format(name=ctx.name), body, decorators=decorators)


def choose_cdiv_decorator(ctx):
    """Maybe a @cython.cdivision(X) decorator; updates ctx.cdiv."""
    r = ctx.rng.random()
    if r < 0.25:
        ctx.cdiv = not ctx.mod.cdiv
        return ['@cython.cdivision(%s)' % ctx.cdiv]
    if r < 0.3:
        return ['@cython.cdivision(%s)' % ctx.cdiv]
    return []


def with_directive(ctx, directive, value, gen_body):
    """with cython.DIRECTIVE(value): body (gen_body is called with ctx in the
    directive's state)."""
    attr = {'cdivision': 'cdiv'}.get(directive, directive)
    old = getattr(ctx, attr)
    setattr(ctx, attr, value)
    try:
        body = gen_body()
    finally:
        setattr(ctx, attr, old)
    return block('with cython.%s(%s):' % (directive, value), body)
