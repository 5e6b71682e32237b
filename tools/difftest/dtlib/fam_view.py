"""Typed memoryviews: 1-4 dimensions of every dtype and axis spec, C and
Fortran order, C arrays, indexing (negative, out of range), slicing (every
sign and clamp of start/stop/step, partial indexing, None axes, ...), .T,
scalar and view assignment with broadcasting and overlap, copies, attributes,
contiguous parameters, directives.

A small model of every view (shape, strides and offset in elements over its
base buffer) keeps the programs valid: no index out of range where
boundscheck is off, no negative index where wraparound is off, and none of
Cython's own memoryview bugs that cytrus knowingly does not copy (see
README.md): slice extents that read past the buffer, whole-view operations
on a slice typed contiguous (Cython issue 3053), .T and copy_fortran() of a
view that lost a dimension.
"""

from . import model as M
from .common import make_test, int_value_text, float_value_text
from .families import family
from .prog import E, block, guarded, leaf, line, pr
from .scalar import Var

INT_DTYPES = [t for t in M.VIEW_DTYPES if t.is_int]


def dkey(t):
    return t.name.replace('unsigned ', 'u').replace('long long', 'longlong').replace(' ', '')


def best_order(v):
    """Cython's get_best_order of a view: 'F' when the first axis of extent
    > 1 has a smaller stride than the last one."""
    c = f = 0
    for n, st in zip(reversed(v.shape), reversed(v.strides)):
        if n > 1:
            c = st
            break
    for n, st in zip(v.shape, v.strides):
        if n > 1:
            f = st
            break
    return 'C' if abs(c) <= abs(f) else 'F'


class VM:
    """A view in the model."""

    def __init__(self, name, dt, shape, strides, offset, base, spec, lost_dim=False,
                 fortran=False, generic=True, carray=False):
        self.name = name
        self.dt = dt
        self.shape = list(shape)
        self.strides = list(strides)      # in elements
        self.offset = offset
        self.base = base                  # name of the base buffer
        self.spec = spec                  # axis spec strings of the static type
        self.lost_dim = lost_dim
        self.fortran = fortran
        self.generic = generic            # static type all ':' (whole-view ops allowed)
        self.carray = carray

    @property
    def ndim(self):
        return len(self.shape)


def spec_text(specs):
    return '[' + ', '.join(specs) + ']'


def generic_spec(n):
    return [':'] * n


def c_spec(n):
    return [':'] * (n - 1) + ['::1']


def f_spec(n):
    return ['::1'] + [':'] * (n - 1)


def cython_slice(shape, start, stop, step):
    """Cython's __pyx_memoryview_slice_memviewslice for one axis.
    Returns (first index, extent) or raises ValueError for a zero step."""
    have_start, have_stop, have_step = start is not None, stop is not None, step is not None
    if have_step:
        if step == 0:
            raise ValueError('step')
        neg = step < 0
    else:
        neg = False
        step = 1
    if have_start:
        if start < 0:
            start += shape
            if start < 0:
                start = 0
        elif start >= shape:
            start = shape - 1 if neg else shape
    else:
        start = shape - 1 if neg else 0
    if have_stop:
        if stop < 0:
            stop += shape
            if stop < 0:
                stop = 0
        elif stop > shape:
            stop = shape
    else:
        stop = -1 if neg else shape
    d = stop - start
    n = abs(d) // abs(step)
    if (d >= 0) != (step > 0):
        n = -n
    if d - step * n:
        n += 1
    if n < 0:
        n = 0
    return start, n, step


class ViewGen:
    def __init__(self, ctx):
        self.ctx = ctx
        self.rng = ctx.rng
        self.mod = ctx.mod
        self.views = []
        self.body = []
        self.bufs = {}        # base name -> VM of the whole buffer

    # -- helpers at module level ---------------------------------------------
    def fill_helper(self, dt, nd):
        name = 'fill_%s_%d' % (dkey(dt), nd)
        idx = ['i%d' % k for k in range(nd)]
        lines = ['cdef void %s(%s%s v, int base):' % (name, dt.name, spec_text(generic_spec(nd))),
                 '    cdef Py_ssize_t ' + ', '.join(idx)]
        ind = '    '
        for k in range(nd):
            lines.append(ind + 'for %s in range(v.shape[%d]):' % (idx[k], k))
            ind += '    '
        mults = [7, 3, 11, 5]
        if dt.is_float:
            expr = 'base + ' + ' + '.join('%s * %s' % (idx[k], ['1.5', '0.25', '2.0', '0.125'][k]) for k in range(nd))
            lines.append(ind + 'v[%s] = %s' % (', '.join(idx), expr))
        else:
            expr = 'base + ' + ' + '.join('%s * %d' % (idx[k], mults[k]) for k in range(nd))
            lines.append(ind + 'v[%s] = <%s>(%s)' % (', '.join(idx), dt.name, expr))
        return self.mod.add_helper(name, '\n'.join(lines))

    def dump_helper(self, dt, nd):
        name = 'dump_%s_%d' % (dkey(dt), nd)
        idx = ['i%d' % k for k in range(nd)]
        lines = ['cdef void %s(%s%s v):' % (name, dt.name, spec_text(generic_spec(nd))),
                 '    cdef Py_ssize_t ' + ', '.join(idx),
                 '    print(%s, end=":")' % ', '.join('v.shape[%d]' % k for k in range(nd))]
        ind = '    '
        for k in range(nd):
            lines.append(ind + 'for %s in range(v.shape[%d]):' % (idx[k], k))
            ind += '    '
        lines.append(ind + 'print("", v[%s], end="")' % ', '.join(idx))
        lines.append('    print()')
        return self.mod.add_helper(name, '\n'.join(lines))

    def csum_helper(self, dt, nd, fortran, strided=False):
        name = 'csum_%s_%d%s' % (dkey(dt), nd, 's' if strided else ('f' if fortran else 'c'))
        spec = f_spec(nd) if fortran else c_spec(nd)
        if strided:
            spec = ['::view.strided'] * (nd - 1) + ['::view.contiguous']
        idx = ['i%d' % k for k in range(nd)]
        acc = 'double' if dt.is_float else 'long long'
        lines = ['cdef %s %s(%s%s v):' % (acc, name, dt.name, spec_text(spec)),
                 '    cdef Py_ssize_t ' + ', '.join(idx),
                 '    cdef %s s = 0' % acc]
        ind = '    '
        for k in range(nd):
            lines.append(ind + 'for %s in range(v.shape[%d]):' % (idx[k], k))
            ind += '    '
        lines.append(ind + 's = s * 3 + v[%s]' % ', '.join(idx))
        lines.append('    return s')
        return self.mod.add_helper(name, '\n'.join(lines))

    # -- statements ----------------------------------------------------------
    def dump(self, v, label=None):
        """print(label, end=" "); dump(v)"""
        lab = label or self.ctx.label()
        h = self.dump_helper(v.dt, v.ndim)
        return [pr(lab, extra='end=" "'), line('%s(%s)' % (h, v.name))]

    def dump_expr(self, dt, nd, text, label):
        h = self.dump_helper(dt, nd)
        return [pr(label, extra='end=" "'), line('%s(%s)' % (h, text))]

    def new_base(self):
        rng = self.rng
        ctx = self.ctx
        dt = rng.choice(M.VIEW_DTYPES)
        nd = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        shape = [rng.choice([1, 2, 3, 3, 4, 4, 5]) for _ in range(nd)]
        if nd == 1:
            shape = [rng.randint(1, 9)]
        name = ctx.fresh('a')
        r = rng.random()
        fortran = False
        carray = False
        if r < 0.12 and nd <= 2:
            # a C array coerced to a view
            carray = True
            buf = ctx.fresh('buf')
            dims = ''.join('[%d]' % s for s in shape)
            self.body.append(line('cdef %s %s%s' % (dt.name, buf, dims), defines=[buf]))
            spec = rng.choice([generic_spec(nd), c_spec(nd)])
            self.body.append(line('cdef %s%s %s = %s' % (dt.name, spec_text(spec), name, buf),
                                  defines=[name]))
        else:
            fortran = r < 0.4
            mode = ', mode="fortran"' if fortran else (', mode="c"' if rng.random() < 0.3 else '')
            if fortran:
                spec = rng.choice([generic_spec(nd), f_spec(nd)])
            else:
                spec = rng.choice([generic_spec(nd), c_spec(nd)])
            if rng.random() < 0.1 and nd >= 2:
                # the named axis specs
                last = 'view.contiguous' if spec == c_spec(nd) else 'view.strided'
                if not fortran:
                    spec = [':'] * (nd - 1) + ['::' + last]
            itemsize = 'sizeof(%s)' % dt.name if rng.random() < 0.8 else str(dt.size())
            self.body.append(line('cdef %s%s %s = cvarray(shape=(%s), itemsize=%s, format="%s"%s)' % (
                dt.name, spec_text(spec), name,
                ', '.join(map(str, shape)) + (',' if nd == 1 else ''), itemsize, dt.fmt, mode),
                defines=[name]))
        # strides in elements
        strides = [0] * nd
        acc = 1
        order = range(nd) if fortran else range(nd - 1, -1, -1)
        for k in order:
            strides[k] = acc
            acc *= shape[k]
        v = VM(name, dt, shape, strides, 0, name, spec, fortran=fortran,
               generic=all(s == ':' for s in spec), carray=carray)
        v.whole = True
        fill = self.fill_helper(dt, nd)
        self.body.append(line('%s(%s, %d)' % (fill, name, rng.randint(-20, 20)), keep=False))
        self.views.append(v)
        self.bufs[name] = v
        return v

    def index_value(self, shape, in_range=False):
        """An index for an axis of this extent: in range, negative, or out of range."""
        rng = self.rng
        ctx = self.ctx
        r = rng.random()
        if shape <= 0:
            return 0
        if in_range or not ctx.boundscheck:
            lo = -shape if ctx.wraparound else 0
            return rng.randint(lo, shape - 1)
        if r < 0.55:
            return rng.randint(0, shape - 1)
        if r < 0.85 and ctx.wraparound:
            return rng.randint(-shape, -1)
        return rng.choice([shape, shape + 1, -shape - 1, 100, -100] if ctx.wraparound else [shape, shape + 2])

    def index_text(self, val):
        """A literal, or a typed variable holding the value."""
        rng = self.rng
        ctx = self.ctx
        if rng.random() < 0.35:
            types = [t for t in M.INT_TYPES if M.fits(val, t)]
            t = rng.choice(types)
            n = ctx.fresh('x')
            self.body.append(line('cdef %s %s = %s' % (t.name, n, int_value_text(rng, val)), defines=[n]))
            return n
        return str(val)

    def slice_part(self, shape, neg_ok):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return None
        if r < 0.6:
            return rng.randint(0, shape)
        if r < 0.85 and neg_ok:
            return rng.randint(-shape - 1, -1)
        return rng.choice([shape + rng.randint(0, 3), 100] + ([-100, -shape - 2] if neg_ok else []))

    def gen_index(self, v, allow_none=True, allow_ellipsis=True, allow_errors=True,
                  want_ndim=None):
        """Random index items for view v.  Returns (text, items) where items
        is a list of ('i', value) | ('s', start, stop, step) | ('n',) | ('e',)."""
        rng = self.rng
        ctx = self.ctx
        n = v.ndim
        k = rng.randint(1, n) if rng.random() < 0.3 else n
        # with an ellipsis the explicit items index either the first k axes
        # (ellipsis after them) or the last k (ellipsis before them)
        ell = allow_ellipsis and rng.random() < 0.15 and k < n
        ell_first = ell and rng.random() < 0.5
        axes = range(n - k, n) if ell_first else range(k)
        items = []
        for ax in axes:
            if rng.random() < 0.3 and (v.shape[ax] > 0 or (allow_errors and ctx.boundscheck)):
                items.append(['i', self.index_value(v.shape[ax], in_range=not allow_errors)])
            else:
                neg_ok = ctx.wraparound
                st = self.slice_part(v.shape[ax], neg_ok)
                sp = self.slice_part(v.shape[ax], neg_ok)
                r = rng.random()
                if r < 0.5:
                    step = None
                elif r < 0.97 or not allow_errors:
                    step = rng.choice([1, 2, 3, -1, -1, -2, -3, 1])
                    if not neg_ok and step < 0:
                        step = -step
                else:
                    step = 0
                items.append(['s', st, sp, step])
        if ell:
            if ell_first:
                items.insert(0, ['e'])
            else:
                items.append(['e'])
        if allow_none and rng.random() < 0.15:
            pos = rng.randint(0, len(items))
            items.insert(pos, ['n'])
        return items

    def items_text(self, items):
        out = []
        for it in items:
            if it[0] == 'i':
                out.append(self.index_text(it[1]))
            elif it[0] == 'n':
                out.append('None')
            elif it[0] == 'e':
                out.append('...')
            else:
                _, st, sp, step = it
                s = ('' if st is None else str(st)) + ':' + ('' if sp is None else str(sp))
                if step is not None:
                    s += ':' + str(step)
                elif self.rng.random() < 0.1:
                    s += ':'
                out.append(s)
        return ', '.join(out)

    def apply(self, v, items, name=None):
        """The view v[items] as Cython computes it; None if it would read out
        of bounds (Cython's extent bug), or raise IndexError/ValueError for a
        run-time error."""
        nd = v.ndim
        # expand the ellipsis
        n_axes_used = sum(1 for it in items if it[0] in ('i', 's'))
        exp = []
        seen_e = False
        for it in items:
            if it[0] == 'e':
                if seen_e:
                    return None
                seen_e = True
                exp += [['s', None, None, None]] * (nd - n_axes_used)
            else:
                exp.append(it)
        n_axes = sum(1 for it in exp if it[0] in ('i', 's'))
        exp += [['s', None, None, None]] * (nd - n_axes)
        shape, strides, offset = [], [], v.offset
        ax = 0
        lost = v.lost_dim
        for it in exp:
            if it[0] == 'n':
                shape.append(1)
                strides.append(0)
                continue
            ext, stv = v.shape[ax], v.strides[ax]
            if it[0] == 'i':
                i = it[1]
                if i < 0:
                    i += ext
                if not 0 <= i < ext:
                    raise IndexError(ax)
                offset += i * stv
                lost = True
            else:
                try:
                    start, cnt, step = cython_slice(ext, it[1], it[2], it[3])
                except ValueError:
                    raise
                if cnt > 0:
                    last = start + (cnt - 1) * step
                    if not (0 <= start < ext and 0 <= last < ext):
                        return None     # Cython reads past the buffer here
                    offset += start * stv
                shape.append(cnt)
                strides.append(stv * step)
            ax += 1
        out = VM(name, v.dt, shape, strides, offset, v.base, generic_spec(len(shape)),
                 lost_dim=lost or len(shape) < nd, fortran=v.fortran, carray=v.carray)
        out.whole = False
        return out

    def declare_view(self, v, spec=None):
        spec = spec or generic_spec(v.ndim)
        return line('cdef %s%s %s' % (v.dt.name, spec_text(spec), v.name), defines=[v.name])

    # -- operations ------------------------------------------------------------
    def op_slice(self):
        """s = v[items]; dump s (+ attributes)."""
        rng = self.rng
        ctx = self.ctx
        v = rng.choice(self.views)
        for _ in range(20):
            items = self.gen_index(v)
            if not any(it[0] in ('s', 'n') for it in items) and len([it for it in items if it[0] == 'i']) == v.ndim:
                continue    # an element, not a view
            try:
                res = self.apply(v, items)
            except (IndexError, ValueError):
                res = 'error'
                if not ctx.boundscheck:
                    continue        # undefined behaviour without boundscheck
            if res is None:
                continue
            if res != 'error' and res.ndim == 0:
                continue
            break
        else:
            return
        text = self.items_text(items)
        lab = ctx.label()
        if res == 'error':
            # an error raised while slicing: a one-off, caught
            nd = sum(1 for it in items if it[0] in ('s', 'n')) + max(0, v.ndim - sum(1 for it in items if it[0] in ('i', 's')))
            if nd == 0:
                return
            tmp = ctx.fresh('s')
            self.body.append(line('cdef %s%s %s' % (v.dt.name, spec_text(generic_spec(nd)), tmp), defines=[tmp]))
            self.body.append(guarded(lab, [line('%s = %s[%s]' % (tmp, v.name, text)),
                                           pr(lab, leaf('"no error"'))]))
            return
        res.name = ctx.fresh('s')
        spec = generic_spec(res.ndim)
        self.body.append(line('cdef %s%s %s = %s[%s]' % (v.dt.name, spec_text(spec), res.name, v.name, text),
                              defines=[res.name]))
        self.body.extend(self.dump(res, lab))
        if rng.random() < 0.5:
            self.body.append(self.attr_print(res))
        self.views.append(res)

    def attr_print(self, v):
        rng = self.rng
        n = v.name
        opts = ['%s.ndim' % n, '%s.size' % n, '%s.itemsize' % n, '%s.nbytes' % n,
                'len(%s)' % n, '%s.is_c_contig()' % n, '%s.is_f_contig()' % n]
        opts += ['%s.shape[%d]' % (n, k) for k in range(v.ndim)]
        opts += ['%s.strides[%d]' % (n, k) for k in range(v.ndim)]
        if rng.random() < 0.2:
            opts.append('%s.suboffsets[0]' % n)
        if rng.random() < 0.1:
            opts.append('%s.shape' % n)
        picks = rng.sample(opts, min(len(opts), rng.randint(2, 6)))
        return pr(self.ctx.label(), *[leaf(p) for p in picks])

    def op_element(self):
        """print v[i, j, ...] or write it."""
        rng = self.rng
        ctx = self.ctx
        v = rng.choice(self.views)
        errors = ctx.boundscheck and rng.random() < 0.3
        if 0 in v.shape:
            if not ctx.boundscheck:
                return
            errors = True
        idx = [self.index_value(v.shape[k], in_range=not errors) for k in range(v.ndim)]
        text = ', '.join(self.index_text(i) for i in idx)
        lab = ctx.label()
        r = rng.random()
        if r < 0.5:
            st = [pr(lab, leaf('%s[%s]' % (v.name, text)))]
        else:
            val = self.elem_value(v.dt)
            op = rng.choice(['=', '=', '+=', '-=', '*='] + (['|=', '^=', '&=', '<<='] if v.dt.is_int else []))
            if op == '<<=':
                val = str(rng.randint(0, 3))
            st = [line('%s[%s] %s %s' % (v.name, text, op, val)), pr(lab, leaf('%s[%s]' % (v.name, text)))]
        self.body.append(guarded(lab, st) if errors else st[0])
        if not errors and len(st) > 1:
            self.body.append(st[1])

    def elem_value(self, dt):
        rng = self.rng
        if dt.is_float:
            return float_value_text(rng, rng.choice([0.5, -1.25, 3.0, 1e10, -0.0, 100.0, 0.1]))
        v = rng.choice([0, 1, -1, 7, 100, 127, 255, 300, -129, 65535, 1 << 20])
        if not dt.signed and v < 0 and rng.random() < 0.5:
            v = -v
        return int_value_text(rng, v)

    def whole_ok(self, v):
        return v.generic or getattr(v, 'whole', False)

    def op_fill(self):
        """v[...] = scalar (or v[:] / v[:, :] = scalar) on a view whose static
        type is generic, then dump its buffer."""
        rng = self.rng
        cands = [v for v in self.views if self.whole_ok(v)]
        if not cands:
            return
        v = rng.choice(cands)
        lhs = rng.choice(['...', ', '.join([':'] * v.ndim)])
        if rng.random() < 0.3 and v.generic:
            # fill a slice of it directly
            for _ in range(10):
                items = self.gen_index(v, allow_none=False, allow_errors=False)
                try:
                    res = self.apply(v, items)
                except (IndexError, ValueError):
                    continue
                if res is not None and res.ndim > 0:
                    lhs = self.items_text(items)
                    break
        self.body.append(line('%s[%s] = %s' % (v.name, lhs, self.elem_value(v.dt))))
        self.body.extend(self.dump(self.bufs[v.base]))

    def op_copy_into(self):
        """dst[...] = src with broadcasting, possibly overlapping."""
        rng = self.rng
        ctx = self.ctx
        dsts = [v for v in self.views if self.whole_ok(v)]
        if not dsts:
            return
        d = rng.choice(dsts)
        srcs = [v for v in self.views if v.dt is d.dt and self.whole_ok(v)]
        # prefer a source that fits (same shape, or broadcastable)
        good = [s for s in srcs if broadcast_ok(s.shape, d.shape)]
        lab = ctx.label()
        if good and rng.random() < 0.85:
            s = rng.choice(good)
            ok = True
        elif srcs:
            s = rng.choice(srcs)
            ok = broadcast_ok(s.shape, d.shape)
        else:
            return
        if s.ndim > d.ndim and rng.random() < 0.8:
            return
        # Cython's bug: copying between overlapping Fortran-ordered views that
        # lost a dimension goes through a transpose of the buffer's axes and
        # raises a bogus ValueError ("Cannot transpose memoryview with
        # indirect dimensions"); cytrus copies.  Not generated.
        # The transpose happens wherever Cython finds both views best walked
        # in Fortran order (its get_best_order), e.g. a slice of `.T`.
        lost = any(x.ndim != self.bufs[x.base].ndim or x.lost_dim for x in (s, d))
        if lost and (self.bufs[d.base].fortran or self.bufs[s.base].fortran
                     or best_order(s) == 'F' or best_order(d) == 'F'):
            return
        lhs = rng.choice(['...', ', '.join([':'] * d.ndim)])
        st = line('%s[%s] = %s' % (d.name, lhs, s.name))
        if ok:
            self.body.append(st)
        else:
            self.body.append(guarded(lab, [st]))
        self.body.extend(self.dump(self.bufs[d.base]))

    def op_transpose(self):
        rng = self.rng
        # Cython transposes as many axes as the buffer under the view has
        # (a view that lost or gained a dimension is transposed wrongly)
        cands = [v for v in self.views if v.ndim == self.bufs[v.base].ndim and v.ndim >= 2]
        if not cands:
            return
        v = rng.choice(cands)
        t = VM(self.ctx.fresh('t'), v.dt, v.shape[::-1], v.strides[::-1], v.offset, v.base,
               generic_spec(v.ndim), lost_dim=v.lost_dim, fortran=v.fortran)
        t.whole = False
        self.body.append(line('cdef %s%s %s = %s.T' % (v.dt.name, spec_text(generic_spec(v.ndim)), t.name, v.name),
                              defines=[t.name]))
        self.body.extend(self.dump(t))
        if rng.random() < 0.4:
            self.body.append(self.attr_print(t))
        self.views.append(t)

    def op_copy(self):
        rng = self.rng
        cands = [v for v in self.views if self.whole_ok(v) and 0 not in v.shape]
        if not cands:
            return
        v = rng.choice(cands)
        fort = rng.random() < 0.4 and v.ndim == self.bufs[v.base].ndim
        if fort and v.ndim > 1:
            spec = f_spec(v.ndim)
        else:
            spec = c_spec(v.ndim)
        if rng.random() < 0.3:
            spec = generic_spec(v.ndim)
        c = VM(self.ctx.fresh('c'), v.dt, v.shape, [], 0, None, spec)
        # a copy is a new buffer
        strides = [0] * v.ndim
        acc = 1
        for k in (range(v.ndim) if fort else range(v.ndim - 1, -1, -1)):
            strides[k] = acc
            acc *= max(v.shape[k], 1)
        c.strides = strides
        c.base = c.name
        c.generic = spec == generic_spec(v.ndim)
        c.whole = True
        c.fortran = fort
        self.body.append(line('cdef %s%s %s = %s.%s()' % (v.dt.name, spec_text(spec), c.name, v.name,
                                                            'copy_fortran' if fort else 'copy'),
                              defines=[c.name]))
        self.bufs[c.name] = c
        self.body.extend(self.dump(c))
        self.body.append(pr(self.ctx.label(), *[leaf('%s.strides[%d]' % (c.name, k)) for k in range(c.ndim)],
                            leaf('%s.is_c_contig()' % c.name), leaf('%s.is_f_contig()' % c.name)))
        # the copy is independent: write to it, the source is unchanged
        if rng.random() < 0.5 and 0 not in c.shape:
            self.body.append(line('%s[%s] = %s' % (c.name, ', '.join(['0'] * c.ndim), self.elem_value(c.dt))))
            self.body.extend(self.dump(v))
        self.views.append(c)

    def op_contig_param(self):
        """Pass a view (or a slice that keeps the contiguous type) to a cdef
        function taking [:, ::1] (or [::1, :])."""
        rng = self.rng
        cands = [v for v in self.views if getattr(v, 'whole', False)
                 and v.spec in (c_spec(v.ndim), f_spec(v.ndim)) and 0 not in v.shape]
        if not cands:
            return
        v = rng.choice(cands)
        fortran = v.spec == f_spec(v.ndim) and v.ndim > 1
        text = v.name
        nd = v.ndim
        if not fortran and nd >= 2 and rng.random() < 0.3:
            # steps on the leading axes keep a contiguous last axis:
            # [::view.strided, ::view.contiguous]
            items = []
            for ax in range(nd - 1):
                step = rng.choice([None, 2, -1, -2, 3])
                a = rng.randint(0, v.shape[ax])
                items.append(rng.choice([':', '%d:' % a, '::%s' % step if step else ':',
                                         '%d::%s' % (a, step) if step else '%d:' % a]))
            a = rng.randint(0, v.shape[-1])
            items.append(rng.choice([':', '%d:' % a, ':%d' % a]))
            h = self.csum_helper(v.dt, nd, False, strided=True)
            self.body.append(pr(self.ctx.label(), leaf('%s(%s[%s])' % (h, v.name, ', '.join(items)))))
            return
        if rng.random() < 0.6:
            # a slice that keeps the contiguous axis: unit steps; integer
            # indices only on the leading (C) / trailing (Fortran) axes
            items = []
            nidx = rng.randint(0, nd - 1) if nd > 1 else 0
            for ax in range(nd):
                lead = ax < nidx if not fortran else ax >= nd - nidx
                if lead:
                    items.append(str(rng.randint(0, v.shape[ax] - 1)))
                else:
                    a = rng.randint(0, v.shape[ax])
                    b = rng.randint(a, v.shape[ax] + 2)
                    # no explicit step: even ':1' makes the axis strided in Cython's typing
                    items.append(rng.choice(['%d:' % a, ':%d' % b, '%d:%d' % (a, b), ':']))
            text = '%s[%s]' % (v.name, ', '.join(items))
            nd = nd - nidx
        h = self.csum_helper(v.dt, nd, fortran)
        self.body.append(pr(self.ctx.label(), leaf('%s(%s)' % (h, text))))

    def op_none_view(self):
        ctx = self.ctx
        rng = self.rng
        dt = rng.choice(M.VIEW_DTYPES)
        n = ctx.fresh('nv')
        self.body.append(line('cdef %s[:] %s = None' % (dt.name, n), defines=[n]))
        lab = ctx.label()
        ops = ['%s is None' % n, '%s.shape[0]' % n, '%s is not None' % n]
        # (indexing a view declared None crashes Cython's module: not done
        # without nonecheck)
        self.body.append(pr(lab, *[leaf(o) for o in rng.sample(ops, 2)]))
        if rng.random() < 0.5:
            what = rng.choice(['%s[0]' % n, '%s.shape[0]' % n, '%s.T.shape[0]' % n, '%s.copy().shape[0]' % n])
            self.body.append(block('with cython.nonecheck(True):', [
                guarded(lab + 'n', [pr(lab + 'n', leaf(what))])]))

    def op_uninit(self):
        """A view used before it is assigned: UnboundLocalError (initializedcheck)."""
        ctx = self.ctx
        rng = self.rng
        dt = rng.choice(M.VIEW_DTYPES)
        n = ctx.fresh('u')
        self.body.append(line('cdef %s[:] %s' % (dt.name, n), defines=[n]))
        lab = ctx.label()
        what = rng.choice(['%s[0]' % n, '%s.shape[0]' % n, '%s[1:].shape[0]' % n])
        self.body.append(guarded(lab, [pr(lab, leaf(what))]))

    def op_loop_sum(self):
        """A loop over a view with boundscheck/wraparound off in a with block."""
        rng = self.rng
        v = rng.choice(self.views)
        if v.ndim != 1 and rng.random() < 0.5:
            return
        ctx = self.ctx
        i = ctx.fresh('j')
        acc = ctx.fresh('sm')
        acc_t = 'double' if v.dt.is_float else 'long long'
        self.body.append(line('cdef Py_ssize_t %s' % i, defines=[i]))
        self.body.append(line('cdef %s %s = 0' % (acc_t, acc), defines=[acc]))
        sub = ', '.join(['0'] * (v.ndim - 1))
        # the leading axes are indexed at 0 (the loop runs over the last):
        # each must hold an element (boundscheck may be off for the module)
        if 0 in v.shape[:-1]:
            return
        idx = (sub + ', ' if sub else '')
        inner = [block('for %s in range(%s.shape[%d]):' % (i, v.name, v.ndim - 1),
                       [line('%s = %s * 3 + %s[%s%s]' % (acc, acc, v.name, idx, i))])]
        d = rng.choice(['boundscheck', 'wraparound'])
        self.body.append(block('with cython.%s(False):' % d, inner))
        self.body.append(pr(ctx.label(), leaf(acc)))


def broadcast_ok(src, dst):
    """Cython's copy rule: leading axes are added to the shorter one; an
    extent of 1 in the source broadcasts."""
    s, d = list(src), list(dst)
    if len(s) < len(d):
        s = [1] * (len(d) - len(s)) + s
    elif len(d) < len(s):
        d = [1] * (len(s) - len(d)) + d
    return all(a == b or a == 1 for a, b in zip(s, d))


OPS = [('op_slice', 8), ('op_element', 5), ('op_fill', 3), ('op_copy_into', 4),
       ('op_transpose', 2), ('op_copy', 3), ('op_contig_param', 2), ('op_loop_sum', 1),
       ('op_none_view', 0.4), ('op_uninit', 0.3)]


def gen_view_test(ctx):
    rng = ctx.rng
    decorators = []
    r = rng.random()
    if r < 0.1:
        decorators.append('@cython.boundscheck(False)')
        ctx.boundscheck = False
    elif r < 0.18:
        decorators.append('@cython.wraparound(False)')
        ctx.wraparound = False
    g = ViewGen(ctx)
    g.new_base()
    if rng.random() < 0.4:
        g.new_base()
    total = sum(w for _, w in OPS)
    for _ in range(rng.randint(3, 7)):
        x = rng.random() * total
        for name, w in OPS:
            x -= w
            if x < 0:
                break
        getattr(g, name)()
    return make_test(ctx, g.body, decorators)


family('view', 4, 'typed memoryviews: 1-4 dims of every dtype, C/Fortran/C-array bases, '
       'generic and contiguous axis specs, indexing, slicing (steps, clamps, None, ...), '
       '.T, scalar fill, view copy with broadcasting and overlap, .copy()/.copy_fortran(), '
       'attributes, contiguous parameters, boundscheck/wraparound')(gen_view_test)
