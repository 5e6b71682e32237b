"""Programs as small trees: expressions, statements, test functions, modules.

Everything renders to Cython source text.  The minimiser edits these trees
(drops statements, print arguments, replaces an expression by one of its
operands) and renders them again.
"""

import re

# Python/Cython precedence levels, low to high.
P_COND = 1
P_OR = 2
P_AND = 3
P_NOT = 4
P_CMP = 5
P_BOR = 6
P_BXOR = 7
P_BAND = 8
P_SHIFT = 9
P_ADD = 10
P_MUL = 11
P_UNARY = 12
P_POW = 13
P_ATOM = 14

BIN_PREC = {
    '|': P_BOR, '^': P_BXOR, '&': P_BAND, '<<': P_SHIFT, '>>': P_SHIFT,
    '+': P_ADD, '-': P_ADD, '*': P_MUL, '/': P_MUL, '//': P_MUL, '%': P_MUL,
    '**': P_POW, 'and': P_AND, 'or': P_OR,
}


class E:
    """An expression node.

    op: 'leaf' | 'bin' | 'un' | 'cast' | 'call' | 'cond' | 'cmp' | 'paren'
    For the generator: ty (model type), val (model value or None), and
    flags: pure (only float leaves and literals below: the model is exact),
    bound (an upper bound of |value| for Python ints).
    """

    __slots__ = ('op', 'text', 'kids', 'sym', 'ty', 'val', 'pure', 'bound',
                 'frozen')

    def __init__(self, op, kids=(), text=None, sym=None, ty=None, val=None,
                 pure=False, bound=None):
        self.op = op
        self.kids = list(kids)
        self.text = text
        self.sym = sym
        self.ty = ty
        self.val = val
        self.pure = pure
        self.bound = bound
        # the minimiser must not change what is below (a shift count kept in
        # range, an exactly known value cast to an integer type)
        self.frozen = False

    # -- rendering ---------------------------------------------------------
    def prec(self):
        if self.op in ('leaf', 'call', 'paren'):
            if self.op == 'leaf' and self.text.startswith('-'):
                return P_UNARY
            if self.op == 'call' and self.sym == 'sizeof':
                return P_UNARY      # Cython does not parse sizeof(T) ** 2
            return P_ATOM
        if self.op == 'bin':
            return BIN_PREC[self.sym]
        if self.op == 'un':
            return P_NOT if self.sym == 'not' else P_UNARY
        if self.op == 'cast':
            return P_UNARY
        if self.op == 'cond':
            return P_COND
        if self.op == 'cmp':
            return P_CMP
        raise ValueError(self.op)

    def render(self):
        op = self.op
        if op == 'leaf':
            return self.text
        if op == 'paren':
            return '(' + self.kids[0].render() + ')'
        if op == 'call':
            return '%s(%s)' % (self.sym, ', '.join(k.render() for k in self.kids))
        p = self.prec()
        if op == 'bin':
            a, b = self.kids
            if self.sym == '**':
                # right-associative; the left operand must be tighter than **
                left = wrap_if(a, a.prec() <= P_POW)
                right = wrap_if(b, b.prec() < P_UNARY)
            else:
                left = wrap_if(a, a.prec() < p)
                right = wrap_if(b, b.prec() <= p)
            return '%s %s %s' % (left, self.sym, right)
        if op == 'un':
            a = self.kids[0]
            if self.sym == 'not':
                return 'not ' + wrap_if(a, a.prec() < P_NOT)
            inner = wrap_if(a, a.prec() < P_UNARY)
            # avoid "--x" and "- -1" looking odd; both parse, keep a space rule simple
            if inner.startswith(self.sym) or (self.sym in '+-' and inner[:1] in '+-'):
                inner = '(' + inner + ')'
            return self.sym + inner
        if op == 'cast':
            a = self.kids[0]
            return '<%s>%s' % (self.sym, wrap_if(a, a.prec() < P_ATOM))
        if op == 'cond':
            a, c, b = self.kids
            return '%s if %s else %s' % (wrap_if(a, a.prec() <= P_COND),
                                          wrap_if(c, c.prec() <= P_COND),
                                          wrap_if(b, b.prec() < P_COND))
        if op == 'cmp':
            parts = [wrap_if(self.kids[0], self.kids[0].prec() <= P_CMP)]
            for sym, k in zip(self.sym, self.kids[1:]):
                parts.append(sym)
                parts.append(wrap_if(k, k.prec() <= P_CMP))
            return ' '.join(parts)
        raise ValueError(op)

    def size(self):
        return 1 + sum(k.size() for k in self.kids)

    def walk(self):
        yield self
        for k in self.kids:
            yield from k.walk()


def wrap_if(e, cond):
    s = e.render()
    return '(' + s + ')' if cond else s


def leaf(text, ty=None, val=None, pure=False, bound=None):
    return E('leaf', text=text, ty=ty, val=val, pure=pure, bound=bound)


# -- statements ---------------------------------------------------------------

class S:
    """A statement.

    kind 'line': text is a format string with {0}, {1}... for exprs.
    kind 'print': label + exprs (+ optional end/sep keyword text in text).
    kind 'block': head (format string with exprs) + body, and tails: a list
      of (head, body) for elif/else/except/finally.
    defines: names this statement declares (a declaration can only be
    dropped when nothing left mentions them).
    keep: the minimiser must not drop it (e.g. a loop counter's increment).
    """

    __slots__ = ('kind', 'text', 'exprs', 'body', 'tails', 'defines', 'keep',
                 'label')

    def __init__(self, kind, text='', exprs=(), body=None, tails=None,
                 defines=(), keep=False, label=None):
        self.kind = kind
        self.text = text
        self.exprs = list(exprs)
        self.body = body if body is not None else []
        self.tails = tails if tails is not None else []
        self.defines = set(defines)
        self.keep = keep
        self.label = label

    def render(self, indent, out):
        pad = '    ' * indent
        if self.kind == 'line':
            out.append(pad + self.text.format(*[e.render() for e in self.exprs]))
        elif self.kind == 'print':
            args = []
            if self.label is not None:
                args.append('"%s"' % self.label)
            args += [e.render() for e in self.exprs]
            extra = self.text
            if extra:
                args.append(extra)
            out.append(pad + 'print(%s)' % ', '.join(args))
        elif self.kind == 'block':
            out.append(pad + self.text.format(*[e.render() for e in self.exprs]))
            render_body(self.body, indent + 1, out)
            for head, body in self.tails:
                out.append(pad + head)
                render_body(body, indent + 1, out)
        else:
            raise ValueError(self.kind)


def render_body(body, indent, out):
    if not body:
        out.append('    ' * indent + 'pass')
    for s in body:
        s.render(indent, out)


def line(text, *exprs, defines=(), keep=False):
    return S('line', text, exprs, defines=defines, keep=keep)


def pr(label, *exprs, extra=''):
    return S('print', extra, exprs, label=label)


def block(head, body, *exprs, tails=None, keep=False):
    return S('block', head, exprs, body=body, tails=tails, keep=keep)


# Exception types a test catches, in the order of the except clauses.
EXC_TYPES = ['ZeroDivisionError', 'OverflowError', 'IndexError', 'ValueError',
             'TypeError', 'AssertionError', 'MemoryError', 'BufferError',
             'UnboundLocalError', 'AttributeError']


GUARD_KINDS = ['ZeroDivisionError', 'OverflowError', 'IndexError', 'ValueError', 'Exception']


def guarded(label, body, kinds=None):
    """try: body / except E as e: print(label, "!E", e) for each kind (by
    default the common ones, then Exception)."""
    kinds = kinds or GUARD_KINDS
    tails = []
    for k in kinds:
        tails.append(('except %s as e:' % k, [pr(label + ' !' + k, leaf('e'))]))
    return S('block', 'try:', (), body=body, tails=tails)


class Func:
    """A module-level function: a test (called by the runner) or a helper."""

    def __init__(self, name, head, body, decorators=(), is_test=True,
                 text=None):
        self.name = name
        self.head = head              # e.g. 'def t3():' or 'cdef int t3() except -1:'
        self.body = body              # list of S
        self.decorators = list(decorators)
        self.is_test = is_test
        self.text = text              # helpers may be raw text instead of S

    def render(self, out):
        if self.text is not None:
            out.extend(self.text.rstrip('\n').split('\n'))
            return
        out.extend(self.decorators)
        out.append(self.head)
        render_body(self.body, 1, out)

    def source(self):
        out = []
        self.render(out)
        return '\n'.join(out)

    def count_stmts(self):
        return count_stmts(self.body)


def count_stmts(body):
    n = 0
    for s in body:
        n += 1 + count_stmts(s.body)
        for _, b in s.tails:
            n += count_stmts(b)
    return n


IDENT = re.compile(r'[A-Za-z_][A-Za-z0-9_]*')


def idents(text):
    return set(IDENT.findall(text))


class Module:
    """A generated module: header lines, helpers, tests, and the runner that
    calls every test inside try/except (one uncaught error may follow)."""

    def __init__(self, name, header, helpers, tests, final=None, comment=''):
        self.name = name
        self.header = list(header)      # directive comment, cimports
        self.helpers = list(helpers)    # Func with is_test False (order kept)
        self.tests = list(tests)        # Func with is_test True
        self.final = final              # list of source lines run last, uncaught
        self.comment = comment

    def source(self, spans=None):
        """The module's text.  spans, if a dict, receives
        {function name: (first line, last line)} (1-based)."""
        out = []
        if self.comment:
            for c in self.comment.split('\n'):
                out.append('# ' + c if c else '#')
        out.extend(self.header)
        body_texts = [t.source() for t in self.tests]
        fin = '\n'.join(self.final or [])
        used = idents('\n'.join(body_texts) + '\n' + fin)
        # helpers used directly or through other helpers (in order)
        need = set()
        changed = True
        helper_src = {h.name: h.source() for h in self.helpers}
        while changed:
            changed = False
            for h in self.helpers:
                if h.name not in need and (h.name in used or any(
                        h.name in idents(helper_src[n]) for n in need)):
                    need.add(h.name)
                    changed = True
        for h in self.helpers:
            if h.name in need:
                out.append('')
                first = len(out) + 1
                out.extend(helper_src[h.name].split('\n'))
                if spans is not None:
                    spans[h.name] = (first, len(out))
        for t, text in zip(self.tests, body_texts):
            out.append('')
            first = len(out) + 1
            out.extend(text.split('\n'))
            if spans is not None:
                spans[t.name] = (first, len(out))
        if self.tests:
            out.append('')
            first = len(out) + 1
            out.extend(runner_lines([t.name for t in self.tests]))
            if spans is not None:
                spans['_run'] = (first, len(out))
        if self.final:
            out.append('')
            first = len(out) + 1
            out.extend(self.final)
            if spans is not None:
                spans['_final'] = (first, len(out))
        return '\n'.join(out) + '\n'


def test_number(name):
    """Tests are named t<number>."""
    return int(name[1:])


def runner_lines(names):
    """def _run(int k): prints `== t K`, then calls test number k inside
    try/except; one call per test.  An error escaping a test prints
    `!t K ErrorType message`."""
    out = ['def _run(int k):', '    print("== t", k)', '    try:']
    for i, n in enumerate(names):
        out.append('        %s k == %d:' % ('if' if i == 0 else 'elif', test_number(n)))
        out.append('            %s()' % n)
    for k in EXC_TYPES + ['Exception']:
        out.append('    except %s as e:' % k)
        out.append('        print("!t", k, "%s", e)' % k)
    out.append('')
    for n in names:
        out.append('_run(%d)' % test_number(n))
    return out
