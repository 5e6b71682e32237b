"""The family registry and module generation."""

import random

from . import model as M
from .common import Ctx, ModuleCtx
from .prog import Module
from . import fam_scalar

FAMILIES = {}          # name -> (generator, default weight, description)


def family(name, weight, desc):
    def deco(fn):
        FAMILIES[name] = (fn, weight, desc)
        return fn
    return deco


family('int', 3, 'integer widths, literals, promotion, casts, // % / ** << >> & | ^, '
       'cdivision on/off, assignments and augmented assignments')(fam_scalar.gen_int_test)
family('cmp', 2, 'comparisons and chains, bint, not/and/or, conditional expressions, '
       'min/max/abs')(fam_scalar.gen_cmp_test)
family('float', 2, 'float/double arithmetic, mixed with ints, / // % **, sqrt fabs floor '
       'ceil round fmin fmax fmod, casts, cdivision')(fam_scalar.gen_float_test)

# the other families register themselves on import
from . import fam_loop  # noqa: E402,F401
from . import fam_exc  # noqa: E402,F401
from . import fam_view  # noqa: E402,F401
from . import fam_agg  # noqa: E402,F401

MATH_NAMES = ['sqrt', 'fabs', 'floor', 'ceil', 'fmin', 'fmax', 'fmod', 'round',
              'INFINITY', 'NAN']


def parse_families(spec):
    """'int,float:3,view' -> {name: weight}."""
    if not spec:
        return {k: w for k, (_, w, _) in FAMILIES.items()}
    out = {}
    for part in spec.split(','):
        part = part.strip()
        if not part:
            continue
        name, _, w = part.partition(':')
        if name not in FAMILIES:
            raise SystemExit('unknown family %r (known: %s)' % (name, ', '.join(FAMILIES)))
        out[name] = float(w) if w else FAMILIES[name][1]
    return out


def module_name(seed, index):
    return 'dt_%d_%d' % (seed, index)


def gen_module(seed, index, weights, ntests=None):
    rng = random.Random('%d:%d' % (seed, index))
    r = rng.random()
    mod = ModuleCtx(rng, cdiv=r < 0.12,
                    boundscheck=not (0.12 <= r < 0.17),
                    wraparound=not (0.15 <= r < 0.2))
    if ntests is None:
        ntests = rng.randint(40, 70)
    names = list(weights)
    total = sum(weights.values())
    tests = []
    fams = []
    for i in range(ntests):
        x = rng.random() * total
        for fam in names:
            x -= weights[fam]
            if x < 0:
                break
        ctx = Ctx(rng, 't%d' % i, mod)
        t = FAMILIES[fam][0](ctx)
        t.family = fam
        tests.append(t)
        fams.append(fam)
    final = None
    if 'exc' in weights and rng.random() < 0.3:
        from .fam_exc import final_error
        final = final_error(mod, rng)
    header = []
    d = mod.directive_line()
    if d:
        header.append(d)
    header.append('# difftest: seed %d module %d (tools/difftest)' % (seed, index))
    header += module_imports()
    if getattr(mod, 'need_numpy', False):
        header += ['cimport numpy as cnp', 'import numpy as np']
    helpers = [mod.helpers[n] for n in mod.helper_order]
    m = Module(module_name(seed, index), header, helpers, tests, final=final)
    m.families = fams
    return m


def module_imports():
    return [
        'cimport cython',
        'from cython cimport view',
        'from cython.view cimport array as cvarray',
        'from libc.math cimport ' + ', '.join(MATH_NAMES),
        'from libc.stdint cimport ' + ', '.join(M.STDINT_NAMES),
    ]
