# `from . cimport NAME` naming modules of the package, also with an alias.
from . cimport helpers
from . cimport helpers as h
from .sub cimport leaf

cdef inline double use(double x) noexcept:
    cdef helpers.real y = helpers.twice(x)
    return h.twice(y) + leaf.quadruple(1.0)
