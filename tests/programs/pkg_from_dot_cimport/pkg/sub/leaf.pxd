# A module of the package one level up, cimported by its name.
from .. cimport helpers

cdef inline helpers.real quadruple(helpers.real x) noexcept nogil:
    return helpers.twice(helpers.twice(x))
