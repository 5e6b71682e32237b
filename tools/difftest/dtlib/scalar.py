"""Random scalar expressions (C integers, bint, float, double, Python ints).

Each generated node carries the model's type and (approximate) value so the
generator can stay away from undefined behaviour and from the differences
cytrus documents as deliberate (see README.md).
"""

import math
import re

from . import model as M
from .prog import E, leaf

BIG = 1 << 118          # Python ints must stay well inside 128 bits
C_BOUND = 1 << 64


class Var:
    __slots__ = ('name', 'ty', 'val', 'mutable')

    def __init__(self, name, ty, val, mutable):
        self.name = name
        self.ty = ty
        self.val = val
        self.mutable = mutable


class Reject(Exception):
    """The generator chose something it must not emit; try another."""


# -- literals ----------------------------------------------------------------

def render_int_literal(rng, v):
    """Text of a non-negative integer literal in a random base/spelling."""
    assert v >= 0
    r = rng.random()
    if v < 10 or r < 0.55:
        s = str(v)
        if v >= 10000 and rng.random() < 0.3:
            s = '{:_}'.format(v)
        return s
    if r < 0.8:
        s = format(v, 'x')
        if rng.random() < 0.3:
            s = s.upper()
        return ('0X' if rng.random() < 0.1 else '0x') + s
    if r < 0.9:
        return '0o' + format(v, 'o')
    s = format(v, 'b')
    if len(s) > 8 and rng.random() < 0.5:
        # group binary digits with underscores
        parts = []
        while s:
            parts.insert(0, s[-4:])
            s = s[:-4]
        s = '_'.join(parts)
    return '0b' + s


INT_LITERAL_POOL = [0, 1, 2, 3, 5, 7, 8, 10, 16, 31, 32, 33, 63, 64, 100, 127,
                    128, 255, 256, 1000, 32767, 32768, 65535, 65536, 100000,
                    2147483647, 2147483648, 4294967295, 4294967296,
                    9223372036854775807, 9223372036854775808,
                    18446744073709551615, 1 << 40, 123456789012]


def int_literal_value(rng, allow_py=True, small=False):
    if small or rng.random() < 0.45:
        v = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 16, 17, 100])
    elif rng.random() < 0.7:
        v = rng.choice(INT_LITERAL_POOL)
    else:
        v = rng.choice([rng.randrange(1 << 8), rng.randrange(1 << 16),
                        rng.randrange(1 << 31), rng.randrange(1 << 40)])
    if not allow_py and v >= (1 << 31):
        v = v & 0x7fffffff
    return v


def type_values(rng, t):
    """An interesting value of integer type t."""
    if t is M.BINT:
        return rng.choice([0, 1])
    lo, hi = t.lo, t.hi
    r = rng.random()
    if r < 0.3:
        return rng.choice([lo, hi, 0, 1, hi - 1, lo + 1] + ([-1, -2] if t.signed else [2]))
    if r < 0.7:
        v = rng.randint(-20, 100)
        return M.wrap(v, t) if not t.signed else max(lo, min(hi, v))
    return rng.randint(lo, hi)


def float_value(rng):
    r = rng.random()
    if r < 0.35:
        return float(rng.choice([0, 1, 2, 3, -1, -2, 5, 10, 100, -7]))
    if r < 0.65:
        return rng.choice([0.5, -0.5, 0.25, 1.5, -2.75, 0.125, 3.5, 1e-3, 0.1,
                           0.2, 0.3, -0.1, 1e10, 2.5e-7, 123.456, 1e300, -0.0])
    if r < 0.85:
        return rng.randint(-1000, 1000) / rng.choice([1, 2, 4, 8, 16, 10, 3])
    return rng.uniform(-1e6, 1e6)


def render_float(rng, x):
    """A float literal for the non-negative value x (finite)."""
    s = repr(x)
    if 'e' not in s and rng.random() < 0.15 and x != int(x):
        s = s.rstrip('0')
    if s.endswith('.0') and rng.random() < 0.3:
        s = s[:-1]           # "2." is a valid literal
    return s


# -- the generator -----------------------------------------------------------

class ScalarGen:
    """Expressions over a scope of variables.

    cfg: dict of weights/switches, e.g.
      ints, floats: allow integer / floating leaves
      py: allow Python-int literals (beyond 32 bits)
      ops: weights per operator group
    ctx must provide: rng, cdiv (bool, the cdivision state where the
    expression is evaluated), vars (list of Var).
    """

    def __init__(self, ctx, cfg):
        self.ctx = ctx
        self.rng = ctx.rng
        self.cfg = cfg

    # leaves
    def var_leaf(self, pred=lambda v: True):
        vs = [v for v in self.ctx.vars if pred(v)]
        if not vs:
            return None
        v = self.rng.choice(vs)
        return leaf(v.name, v.ty, v.val, pure=v.ty.is_float and not v.mutable, bound=C_BOUND)

    def int_literal(self, allow_py=None, small=False, allow_neg=True):
        if allow_py is None:
            allow_py = self.cfg.get('py', True)
        v = int_literal_value(self.rng, allow_py, small)
        e = leaf(render_int_literal(self.rng, v), M.int_literal_type(v), v,
                 pure=True, bound=v)
        if allow_neg and self.rng.random() < 0.15:
            e = self.neg_literal(e)
        return e

    def neg_literal(self, e):
        v = -e.val
        ty = M.int_literal_type(v) if e.ty.is_py else M.LONG
        if e.ty.is_py and M.int_literal_type(v) is M.LONG:
            # -2147483648: folded by Cython into a C long
            ty = M.LONG
        return E('un', [e], sym='-', ty=ty, val=v, pure=True, bound=abs(v))

    def float_literal(self):
        x = float_value(self.rng)
        if x < 0 or (x == 0 and math.copysign(1, x) < 0):
            e = leaf(render_float(self.rng, -x), M.DOUBLE, -x, pure=True)
            return E('un', [e], sym='-', ty=M.DOUBLE, val=x, pure=True)
        return leaf(render_float(self.rng, x), M.DOUBLE, x, pure=True)

    # entry points
    def int_expr(self, depth):
        for _ in range(40):
            try:
                e = self._int(depth)
                if e.ty.is_py and (e.bound is None or e.bound > BIG):
                    raise Reject()
                check_folded(e)
                return e
            except Reject:
                pass
        return self.var_leaf(lambda v: v.ty.is_int) or self.int_literal(False)

    def num_expr(self, depth):
        """An int or floating expression."""
        if self.cfg.get('floats', True) and self.rng.random() < self.cfg.get('float_share', 0.5):
            return self.float_expr(depth)
        return self.int_expr(depth)

    def float_expr(self, depth):
        for _ in range(40):
            try:
                return check_folded(self._float(depth))
            except Reject:
                pass
        return self.float_literal()

    def bool_expr(self, depth):
        for _ in range(40):
            try:
                return check_folded(self._bool(depth))
            except Reject:
                pass
        return leaf('True', M.BINT, 1)

    # -- integers ------------------------------------------------------------
    def _int_leaf(self):
        r = self.rng.random()
        if r < 0.62:
            e = self.var_leaf(lambda v: v.ty.is_int)
            if e is not None:
                return e
        if r < 0.66:
            t = self.rng.choice(M.INT_TYPES + [M.DOUBLE, M.FLOAT, M.BINT])
            return E('call', [leaf(t.name)], sym='sizeof', ty=M.SIZE,
                     val=t.size() if t is not M.BINT else 4, bound=64)
        return self.int_literal()

    def _int(self, depth):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.2:
            return self._int_leaf()
        ops = self.cfg.get('int_ops') or INT_OPS
        op = weighted(rng, ops)
        if op in ('+', '-', '*', '&', '|', '^'):
            a = self._int(depth - 1)
            b = self._int(depth - 1)
            return self.arith(op, a, b)
        if op in ('//', '%'):
            a = self._int(depth - 1)
            b = self.divisor(depth - 1)
            return self.divmod_(op, a, b)
        if op in ('<<', '>>'):
            return self.shift(op, self._int(depth - 1), depth)
        if op == '**':
            return self.ipow(self._int(depth - 1))
        if op in ('-u', '~', '+u'):
            return self.unary(op[0], self._int(depth - 1))
        if op == 'cast':
            return self.icast(self._int(depth - 1))
        if op == 'abs':
            return self.abs_(self._int(depth - 1))
        if op in ('min', 'max'):
            n = rng.choice([2, 2, 2, 3, 4])
            return self.minmax(op, [self._int(depth - 1) for _ in range(n)])
        if op == 'cond':
            return self.cond(self._int(depth - 1), self.bool_expr(depth - 1),
                             self._int(depth - 1))
        if op == 'paren':
            a = self._int(depth - 1)
            return E('paren', [a], ty=a.ty, val=a.val, pure=a.pure, bound=a.bound)
        if op == 'bool':
            return self._bool(depth - 1)
        raise ValueError(op)

    def arith(self, op, a, b):
        if a.ty.is_float or b.ty.is_float:
            return self.farith(op, a, b)
        ty = M.arith_type(op, a.ty, b.ty)
        if self.bint_mix(a, b) and op in '|&^' and not self.cfg.get('bint_mix'):
            raise Reject()
        val = None
        bound = None
        if a.val is not None and b.val is not None:
            x = {'+': a.val + b.val, '-': a.val - b.val, '*': a.val * b.val,
                 '&': a.val & b.val, '|': a.val | b.val, '^': a.val ^ b.val}[op]
            val = x if ty.is_py else M.wrap(x, ty)
        if ty.is_py:
            ba, bb = pyb(a), pyb(b)
            bound = ba * bb if op == '*' else (ba + bb) * 2
            if bound > BIG:
                raise Reject()
        return E('bin', [a, b], sym=op, ty=ty, val=val, pure=a.pure and b.pure,
                 bound=bound)

    def bint_mix(self, a, b):
        return (a.ty is M.BINT) != (b.ty is M.BINT)

    def divisor(self, depth):
        """A divisor: under cdivision a literal or an immutable variable
        that is neither 0 nor -1; otherwise anything but -1."""
        rng = self.rng
        if self.ctx.cdiv:
            vs = [v for v in self.ctx.vars if v.ty.is_int and not v.mutable
                  and v.ty is not M.BINT and v.val not in (0, -1)
                  and M.wrap(v.val, M.LONG) != -1]
            if vs and rng.random() < 0.7:
                v = rng.choice(vs)
                return leaf(v.name, v.ty, v.val, bound=C_BOUND)
            v = rng.choice([2, 3, 5, 7, 10, 16, 100, 1000, 65536])
            e = leaf(render_int_literal(rng, v), M.LONG, v, pure=True, bound=v)
            return self.neg_literal(e) if rng.random() < 0.3 else e
        if rng.random() < 0.5:
            e = self.var_leaf(lambda v: v.ty.is_int)
            if e is not None:
                return e
        if rng.random() < 0.5:
            return self.int_literal(small=True)
        return self._int(depth)

    def divmod_(self, op, a, b):
        if a.ty.is_float or b.ty.is_float:
            return self.fdivmod(op, a, b)
        ty = M.arith_type(op, a.ty, b.ty)
        if b.val is None:
            raise Reject()
        bv = b.val if ty.is_py else M.wrap(b.val, ty)
        if ty.is_py and (a.val is None or not a.pure and pyb(a) > BIG):
            raise Reject()
        av = a.val
        if isinstance(av, float) or isinstance(bv, float):
            # An operand the model computed as a float (seed 502): not modelled.
            raise Reject()
        if av is not None and not ty.is_py:
            av = M.wrap(av, ty)
        if self.ctx.cdiv and not ty.is_py:
            if bv in (0, -1):
                raise Reject()
            if b.op not in ('leaf', 'un'):
                raise Reject()
            val = None
            if av is not None:
                val = M.wrap((M.c_truncdiv if op == '//' else M.c_truncmod)(av, bv), ty)
            return E('bin', [a, b], sym=op, ty=ty, val=val, bound=C_BOUND)
        if bv == -1 and not ty.is_py:
            # INT_MIN // -1 and any MIN % -1 crash Cython's module (SIGFPE)
            if av is None or av == ty.lo or op == '%':
                raise Reject()
        if bv == 0:
            val = None      # ZeroDivisionError at run time
        elif av is None:
            val = None
        else:
            val = av // bv if op == '//' else av % bv
            if not ty.is_py:
                val = M.wrap(val, ty)
        return E('bin', [a, b], sym=op, ty=ty, val=val,
                 bound=pyb(a) if ty.is_py else None)

    def shift(self, op, a, depth):
        rng = self.rng
        if a.ty.is_float:
            raise Reject()
        # the count must be below the width of the left operand's C type (as
        # emitted: a literal is an int there even though Cython types it long)
        wide = (not a.ty.is_py) and c_bits(a) == 64
        top = 63 if wide else 31
        if a.ty.is_py:
            top = 40
        r = rng.random()
        if r < 0.6:
            k = rng.choice([0, 1, 2, 3, 4, 7, 8, 15, 16, 31, rng.randint(0, top)])
            k = min(k, top)
            b = leaf(str(k), M.LONG, k, pure=True, bound=k)
        else:
            # (e & 31): a count in range whatever e is
            inner = self.var_leaf(lambda v: v.ty.is_int and not v.ty.is_py)
            if inner is None:
                inner = self._int(0)
                if inner.ty.is_py:
                    raise Reject()
            mask = 31 if not wide else rng.choice([31, 63])
            if a.ty.is_py:
                mask = 31
            m = leaf(str(mask), M.LONG, mask, pure=True, bound=mask)
            t2 = M.arith_type('&', inner.ty, M.LONG)
            kv = None if inner.val is None else (M.wrap(inner.val, t2) & mask)
            b = E('paren', [E('bin', [inner, m], sym='&', ty=t2, val=kv, bound=mask)],
                  ty=t2, val=kv, bound=mask)
            b.frozen = True
            k = kv
        ty = M.arith_type(op, a.ty, b.ty)
        if a.ty.is_py:
            if a.val is None or k is None:
                raise Reject()
            val = a.val << k if op == '<<' else a.val >> k
            bound = pyb(a) << (k if op == '<<' else 0)
            if bound > BIG:
                raise Reject()
            return E('bin', [a, b], sym=op, ty=M.PYINT, val=val, bound=bound)
        val = None
        if a.val is not None and k is not None:
            pt = a.ty if a.ty.bits >= 32 and a.ty is not M.BINT else M.INT
            av = M.wrap(a.val, pt)
            x = M.wrap(av << k, pt) if op == '<<' else av >> k
            val = M.wrap(x, ty)
        return E('bin', [a, b], sym=op, ty=ty, val=val, bound=C_BOUND)

    def ipow(self, a):
        rng = self.rng
        if a.ty.is_float:
            return self.fpow(a)
        if rng.random() < 0.7:
            k = rng.choice([0, 1, 2, 2, 3, 3, 4, 5])
            b = leaf(str(k), M.LONG, k, pure=True, bound=k)
            if a.ty.is_py:
                if a.val is None or pyb(a) ** max(k, 1) > BIG:
                    raise Reject()
                return E('bin', [a, b], sym='**', ty=M.PYINT, val=a.val ** k,
                         bound=pyb(a) ** max(k, 1))
            ty = M.arith_type('**', a.ty, M.LONG)
            val = None if a.val is None else M.wrap(M.wrap(a.val, ty) ** k, ty)
            return E('bin', [a, b], sym='**', ty=ty, val=val, bound=C_BOUND)
        # a non-literal or negative exponent: a double result (or an exact
        # Python power / float for Python ints)
        if a.ty.is_py:
            raise Reject()
        if rng.random() < 0.5:
            b = self.var_leaf(lambda v: v.ty.is_int and not v.ty.is_py
                              and v.val is not None and -3 <= v.val <= 6)
            if b is None:
                raise Reject()
        else:
            k = rng.choice([1, 2, 3])
            b = self.neg_literal(leaf(str(k), M.LONG, k, pure=True, bound=k))
        return E('bin', [a, b], sym='**', ty=M.DOUBLE, val=None)

    def unary(self, sym, a):
        if a.ty.is_float:
            if sym == '~':
                raise Reject()
            return E('un', [a], sym=sym, ty=a.ty, val=None if a.val is None else (-a.val if sym == '-' else a.val), pure=a.pure)
        if a.ty is M.BINT and sym != '~' and not self.cfg.get('bint_arith', True):
            raise Reject()
        ty = M.unary_type(a.ty)
        val = None
        if a.val is not None:
            if not isinstance(a.val, int):
                # an integer-typed operand the model holds as a float (seed
                # 204 met one): not modelled, draw another expression
                raise Reject()
            x = -a.val if sym == '-' else (~a.val if sym == '~' else a.val)
            val = x if ty.is_py else M.wrap(x, ty)
        return E('un', [a], sym=sym, ty=ty, val=val, pure=a.pure, bound=a.bound)

    def icast(self, a):
        rng = self.rng
        t = rng.choice(self.cfg.get('cast_types') or M.INT_TYPES)
        if a.ty.is_float:
            # only exactly known values in range (C leaves it undefined otherwise)
            if a.val is None or not a.pure or a.val != a.val or abs(a.val) == math.inf:
                raise Reject()
            if not (t.lo <= math.trunc(a.val) <= t.hi):
                raise Reject()
            a.frozen = True
            return E('cast', [a], sym=t.name, ty=t, val=math.trunc(a.val), bound=C_BOUND)
        val = None if a.val is None else M.wrap(a.val, t)
        if a.ty.is_py and a.val is not None and not M.fits(a.val, t):
            val = None      # OverflowError at run time
        return E('cast', [a], sym=t.name, ty=t, val=val, pure=a.pure, bound=C_BOUND)

    def abs_(self, a):
        if a.ty is M.BINT and not self.cfg.get('bint_mix'):
            raise Reject()
        val = None if a.val is None else abs(a.val)
        ty = a.ty
        if not ty.is_py and not ty.is_float:
            ty = M.unary_type(ty)
            if val is not None:
                val = M.wrap(val, ty)
        return E('call', [a], sym='abs', ty=ty, val=val, pure=a.pure, bound=a.bound)

    def minmax(self, fn, args):
        tys = [a.ty for a in args]
        has_b = any(t is M.BINT for t in tys)
        if has_b and not all(t is M.BINT for t in tys):
            raise Reject()          # a Python object in Cython (documented)
        has_py = any(t.is_py for t in tys)
        has_f = any(t.is_float for t in tys)
        if has_f and not all(t.is_float for t in tys):
            # int and double arguments: a Python object in Cython, whose
            # value keeps its type (documented in docs/language.md)
            raise Reject()
        ty = tys[0]
        for t in tys[1:]:
            ty = M.widest(ty, t)
        vals = [a.val for a in args]
        val = None
        if None not in vals:
            val = (min if fn == 'min' else max)(vals)
        bound = max(pyb(a) for a in args) if ty.is_py else None
        return E('call', args, sym=fn, ty=ty, val=val,
                 pure=all(a.pure for a in args), bound=bound)

    def cond(self, a, c, b):
        if self.bint_mix(a, b):
            raise Reject()          # a Python object in Cython (documented)
        if a.ty.is_float != b.ty.is_float:
            # an int in one branch and a double in the other: a Python
            # object in Cython (documented in docs/language.md)
            raise Reject()
        ty = M.widest(a.ty, b.ty)
        val = None
        if c.val is not None:
            val = a.val if c.val else b.val
        bound = max(pyb(a), pyb(b)) if ty.is_py else None
        return E('cond', [a, c, b], ty=ty, val=val, pure=a.pure and b.pure and c.pure,
                 bound=bound)

    # -- booleans / comparisons ----------------------------------------------
    def _bool(self, depth):
        rng = self.rng
        r = rng.random()
        if depth <= 0 or r < 0.15:
            e = self.var_leaf(lambda v: v.ty is M.BINT)
            if e is not None:
                return e
            return leaf(rng.choice(['True', 'False']), M.BINT, None)
        if r < 0.7:
            return self.compare(depth - 1)
        if r < 0.8:
            a = self._bool(depth - 1)
            return E('un', [a], sym='not', ty=M.BINT,
                     val=None if a.val is None else int(not a.val))
        a = self._bool(depth - 1)
        b = self._bool(depth - 1)
        op = rng.choice(['and', 'or'])
        val = None
        if a.val is not None and b.val is not None:
            val = (a.val and b.val) if op == 'and' else (a.val or b.val)
        return E('bin', [a, b], sym=op, ty=M.BINT, val=val)

    def cmp_operand(self, depth):
        if self.cfg.get('floats', True) and self.rng.random() < self.cfg.get('float_share', 0.3):
            return self.float_expr(depth)
        return self.int_expr(depth)

    def compare(self, depth, n=None):
        rng = self.rng
        if n is None:
            n = rng.choice([2, 2, 2, 3, 3, 4]) if self.cfg.get('chains', True) else 2
        ops = []
        kids = [self.cmp_operand(depth)]
        for _ in range(n - 1):
            ops.append(rng.choice(['<', '<=', '>', '>=', '==', '!=']))
            kids.append(self.cmp_operand(depth))
        for a, b in zip(kids, kids[1:]):
            if (a.ty.is_py and b.ty.is_float) or (b.ty.is_py and a.ty.is_float):
                raise Reject()      # exact Python int vs double: documented
        val = None
        vals = [k.val for k in kids]
        if None not in vals and all(k.pure for k in kids):
            val = 1
            for o, x, y in zip(ops, vals, vals[1:]):
                if not PYCMP[o](x, y):
                    val = 0
                    break
        return E('cmp', kids, sym=ops, ty=M.BINT, val=val)

    def logic(self, depth):
        """and/or over C values (not only bint): returns one of the operands."""
        rng = self.rng
        a = self.num_expr(depth)
        b = self.num_expr(depth)
        op = rng.choice(['and', 'or'])
        if a.ty.is_float != b.ty.is_float:
            raise Reject()      # int or double: documented (Python objects)
        mixed = self.bint_mix(a, b) or (a.ty.is_py != b.ty.is_py)
        if mixed and not self.cfg.get('bint_mix'):
            raise Reject()
        return E('bin', [a, b], sym=op, ty=M.widest(a.ty, b.ty), val=None)

    # -- floating point ------------------------------------------------------
    def _float_leaf(self):
        r = self.rng.random()
        if r < 0.6:
            e = self.var_leaf(lambda v: v.ty.is_float)
            if e is not None:
                return e
        return self.float_literal()

    def _float(self, depth):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.2:
            return self._float_leaf()
        op = weighted(rng, self.cfg.get('float_ops') or FLOAT_OPS)
        if op in ('+', '-', '*'):
            a, b = self.mixed_pair(depth)
            return self.farith(op, a, b)
        if op in ('/', '//', '%'):
            a, b = self.mixed_pair(depth)
            return self.fdivmod(op, a, b)
        if op == '**':
            return self.fpow(self._float(depth - 1))
        if op == '-u':
            return self.unary('-', self._float(depth - 1))
        if op == 'cast':
            t = rng.choice([M.FLOAT, M.DOUBLE])
            a = self.num_expr(depth - 1)
            if a.ty.is_py:
                raise Reject()
            val = None
            if a.val is not None:
                val = M.f32(float(a.val)) if t is M.FLOAT else float(a.val)
            return E('cast', [a], sym=t.name, ty=t, val=val, pure=a.pure)
        if op in ('sqrt', 'fabs', 'floor', 'ceil', 'round'):
            a = self._float(depth - 1)
            val = None
            if a.val is not None:
                val = libm1(op, a.val)
            if op == 'round':
                self.ctx.need_round = True
            return E('call', [a], sym=op, ty=M.DOUBLE, val=val, pure=a.pure)
        if op in ('fmin', 'fmax', 'fmod'):
            a, b = self._float(depth - 1), self._float(depth - 1)
            val = None
            if a.val is not None and b.val is not None:
                val = libm2(op, float(a.val), float(b.val))
            return E('call', [a, b], sym=op, ty=M.DOUBLE, val=val, pure=a.pure and b.pure)
        if op == 'abs':
            return self.abs_(self._float(depth - 1))
        if op in ('min', 'max'):
            n = rng.choice([2, 2, 3])
            return self.minmax(op, [self._float(depth - 1) for _ in range(n)])
        if op == 'cond':
            return self.cond(self._float(depth - 1), self.bool_expr(depth - 1),
                             self._float(depth - 1))
        if op == 'int':
            # an integer expression cast to floating type or mixed in
            return self.int_expr(depth - 1)
        raise ValueError(op)

    def mixed_pair(self, depth):
        rng = self.rng
        a = self._float(depth - 1)
        if rng.random() < 0.3:
            b = self.int_expr(depth - 1)
            if b.ty.is_py and rng.random() < 0.7:
                raise Reject()
        else:
            b = self._float(depth - 1)
        if rng.random() < 0.5:
            a, b = b, a
        return a, b

    def farith(self, op, a, b):
        if op in '&|^':
            raise Reject()
        ty = M.DOUBLE if (a.ty is M.DOUBLE or b.ty is M.DOUBLE or a.ty.is_py or b.ty.is_py) else M.FLOAT
        if not (a.ty.is_float or b.ty.is_float):
            ty = M.arith_type(op, a.ty, b.ty)
        val = None
        pure = a.pure and b.pure
        if a.val is not None and b.val is not None:
            x, y = float(a.val), float(b.val)
            if ty is M.FLOAT:
                x, y = M.f32(x), M.f32(y)
            try:
                v = {'+': x + y, '-': x - y, '*': x * y}[op]
            except OverflowError:
                v = None
            if v is not None and ty is M.FLOAT:
                v = M.f32(v)
            val = v
        return E('bin', [a, b], sym=op, ty=ty, val=val, pure=pure)

    def fdivmod(self, op, a, b):
        if not (a.ty.is_float or b.ty.is_float):
            # two integers: the integer rules for the divisor (under cdivision
            # `/` is C's integer division too)
            if op == '/' and not self.ctx.cdiv:
                if b.val is None and not b.ty.is_py:
                    pass
                return E('bin', [a, b], sym='/', ty=M.DOUBLE, val=None)
            e = self.divmod_('//' if op == '/' else op, a, b)
            e.sym = op
            return e
        ty = M.DOUBLE if (a.ty is M.DOUBLE or b.ty is M.DOUBLE or a.ty.is_py or b.ty.is_py) else M.FLOAT
        if b.ty is M.BINT and op == '%' and not self.cfg.get('bint_mix', False) and self.rng.random() < 0.8:
            raise Reject()
        val = None
        if op == '/' and a.val is not None and b.val is not None:
            x, y = float(a.val), float(b.val)
            if y != 0 and math.isfinite(x) and math.isfinite(y):
                try:
                    val = x / y
                except (OverflowError, ZeroDivisionError):
                    val = None
                if val is not None and ty is M.FLOAT:
                    val = M.f32(val)
        return E('bin', [a, b], sym=op, ty=ty, val=val, pure=a.pure and b.pure and val is not None)

    def fpow(self, a):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            # (a fractional literal exponent is Cython's soft complex: soft_pow)
            k = rng.choice(['2', '3', '0', '1', '2.0', '-1', '-2.0', '3.0'])
            kv = float(k)
            if k.startswith('-'):
                b = E('un', [leaf(k[1:], M.DOUBLE if '.' in k else M.LONG, -kv, pure=True)],
                      sym='-', ty=M.DOUBLE if '.' in k else M.LONG, val=kv, pure=True)
            else:
                b = leaf(k, M.DOUBLE if '.' in k else M.LONG, kv, pure=True)
        else:
            # a variable integer exponent (a variable double exponent makes
            # Cython's soft complex type: see soft_pow)
            b = self.var_leaf(lambda v: v.val is not None and v.ty.is_int and not v.ty.is_py
                              and -3 <= v.val <= 5)
            if b is None:
                raise Reject()
            kv = float(b.val)
        # a negative base to a fractional power is complex: keep bases known
        if kv != int(kv):
            if a.val is None or not a.pure or a.val < 0 or a.val != a.val:
                raise Reject()
        return E('bin', [a, b], sym='**', ty=M.DOUBLE, val=None)


    def soft_pow(self, depth):
        """base ** e with a double variable exponent: Cython computes it as a
        "soft complex" whose value converts back to a Python float.  Cython
        refuses to compare such a value, so it only stands at the top of a
        print."""
        a = self._float(depth)
        if a.ty is not None and a.ty.is_int and a.ty.typedef:
            # Cython refuses an `intN_t` base here ("Cannot assign type
            # 'int8_t' to 'soft double complex'", seed 408)
            raise Reject()
        if self.rng.random() < 0.3:
            b = leaf(self.rng.choice(['0.5', '1.5', '0.25']), M.DOUBLE, 0.5, pure=True)
            b.val = float(b.text)
        else:
            b = self.var_leaf(lambda v: v.val is not None and v.ty.is_float and abs(v.val) <= 4)
        if b is None:
            raise Reject()
        if a.val is None or not a.pure or not a.val >= 0:
            # a negative base makes a complex number in Cython (the known
            # cpow difference): only now and then
            if b.val != int(b.val) or self.rng.random() < 0.85:
                raise Reject()
        return E('bin', [a, b], sym='**', ty=M.DOUBLE, val=None)


PYCMP = {
    '<': lambda x, y: x < y, '<=': lambda x, y: x <= y, '>': lambda x, y: x > y,
    '>=': lambda x, y: x >= y, '==': lambda x, y: x == y, '!=': lambda x, y: x != y,
}

INT_OPS = {'+': 10, '-': 10, '*': 8, '//': 6, '%': 6, '<<': 4, '>>': 4,
           '&': 4, '|': 4, '^': 4, '**': 3, '-u': 4, '~': 3, '+u': 1, 'cast': 7,
           'abs': 2, 'min': 2, 'max': 2, 'cond': 2, 'paren': 1}

FLOAT_OPS = {'+': 10, '-': 8, '*': 8, '/': 8, '//': 3, '%': 3, '**': 3, '-u': 3,
             'cast': 3, 'sqrt': 2, 'fabs': 2, 'floor': 1, 'ceil': 1, 'round': 1,
             'fmin': 1, 'fmax': 1, 'fmod': 2, 'abs': 1, 'min': 1, 'max': 1,
             'cond': 1, 'int': 3}


def is_literal_constant(e):
    """Whether e is made of literals only (Cython's constant folding
    decides it at compile time)."""
    if e.op == 'leaf':
        t = e.text
        return t[:1].isdigit() or (t[:1] == '-' and t[1:2].isdigit()) or t in ('True', 'False')
    if e.op in ('un', 'bin', 'cmp', 'paren'):
        return all(is_literal_constant(k) for k in e.kids)
    return False


def c_bits(e):
    """Width of e's type in the C code Cython emits (at least 32).  Literals
    are C ints there; operators follow C's conversions; min/max/abs and
    Cython's division helpers return Cython's type."""
    op = e.op
    if e.ty is not None and (e.ty.is_py or e.ty.is_float):
        return 64
    if op == 'leaf':
        if e.text[:1].isdigit() or e.text[:1] == '-' or e.text in ('True', 'False'):
            return 32 if e.val is not None and -(1 << 31) <= e.val < (1 << 31) else 64
        return max(32, e.ty.bits if e.ty is not None and e.ty is not M.BINT else 32)
    if op == 'paren':
        return c_bits(e.kids[0])
    if op == 'cast':
        return max(32, e.ty.bits if e.ty is not M.BINT else 32)
    if op == 'un':
        return 32 if e.sym == 'not' else c_bits(e.kids[0])
    if op == 'bin':
        if e.sym in ('<<', '>>'):
            return c_bits(e.kids[0])
        if e.sym in ('and', 'or'):
            return max(c_bits(e.kids[0]), c_bits(e.kids[1]))
        return max(c_bits(e.kids[0]), c_bits(e.kids[1]))
    if op == 'cond':
        # Cython folds a constant condition away: only the branch taken is
        # emitted (`(v2 if False else v1) >> 49` shifts v1's 32 bits)
        cond = e.kids[1]
        truth = {'True': 1, 'False': 0}.get(cond.text) if cond.op == 'leaf' else None
        if truth is None and is_literal_constant(cond):
            truth = cond.val
        if truth is not None:
            return c_bits(e.kids[0] if truth else e.kids[2])
        return max(c_bits(e.kids[0]), c_bits(e.kids[2]))
    if op == 'cmp':
        return 32
    if op == 'call':
        if e.sym == 'sizeof':
            return 64
        return max(32, e.ty.bits if e.ty is not None and e.ty is not M.BINT else 32)
    return 64


def weighted(rng, table):
    total = sum(table.values())
    r = rng.random() * total
    for k, w in table.items():
        r -= w
        if r < 0:
            return k
    return k


_INT_TEXT = re.compile(r'(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$')


def folded_value(e):
    """The exact value of an integer expression of literals only, as
    Cython's constant folding computes it (Python's arithmetic, whatever
    the model's C type says), or None when it is not such a constant."""
    if e.op == 'leaf':
        if e.text and _INT_TEXT.match(e.text):
            return int(e.text, 0)
        return None
    if e.op == 'paren':
        return folded_value(e.kids[0])
    if e.op == 'un' and e.sym in ('-', '+', '~'):
        v = folded_value(e.kids[0])
        if v is None:
            return None
        return -v if e.sym == '-' else (~v if e.sym == '~' else v)
    if e.op == 'bin' and e.sym in ('+', '-', '*', '**', '<<', '>>', '&', '|', '^', '//', '%'):
        a = folded_value(e.kids[0])
        b = folded_value(e.kids[1])
        if a is None or b is None:
            return None
        if e.sym in ('//', '%') and b == 0:
            return None
        if e.sym in ('**', '<<') and (b < 0 or b > 512):
            return None
        if e.sym == '>>' and b < 0:
            return None
        if e.sym == '**' and abs(a) > 1 and b * max(abs(a).bit_length(), 1) > 1024:
            return 1 << 1024
        return {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b,
                '**': lambda: a ** b, '<<': lambda: a << b, '>>': lambda: a >> b,
                '&': lambda: a & b, '|': lambda: a | b, '^': lambda: a ^ b,
                '//': lambda: a // b, '%': lambda: a % b}[e.sym]()
    return None


def check_folded(e):
    """Reject an expression with a constant subexpression that Cython folds
    into a Python int near or past 128 bits (cytrus's documented limit):
    the model wraps `2_134_294_453 ** 5` as a C long, Cython folds it
    exactly (the campaign of 2026-12-06 evening met four)."""
    stack = [e]
    while stack:
        x = stack.pop()
        v = folded_value(x)
        if v is not None:
            if abs(v) > BIG:
                raise Reject()
            continue
        stack.extend(x.kids)
    return e


def pyb(e):
    """Bound on |e| as a Python int."""
    if e.ty is not None and e.ty.is_py:
        return e.bound if e.bound is not None else BIG * 2
    return C_BOUND


def libm1(op, x):
    x = float(x)
    try:
        if op == 'sqrt':
            return math.sqrt(x) if x >= 0 else math.nan
        if op == 'fabs':
            return abs(x)
        if op == 'floor':
            return float(math.floor(x)) if math.isfinite(x) else x
        if op == 'ceil':
            return float(math.ceil(x)) if math.isfinite(x) else x
        if op == 'round':
            if not math.isfinite(x):
                return x
            r = math.floor(abs(x))
            if abs(x) - r >= 0.5:
                r += 1
            return math.copysign(float(r), x)
    except (ValueError, OverflowError):
        return None
    return None


def libm2(op, x, y):
    if op == 'fmin':
        if x != x:
            return y
        if y != y:
            return x
        return min(x, y)
    if op == 'fmax':
        if x != x:
            return y
        if y != y:
            return x
        return max(x, y)
    if op == 'fmod':
        if y == 0 or not math.isfinite(x):
            return math.nan
        return math.fmod(x, y)
    return None
