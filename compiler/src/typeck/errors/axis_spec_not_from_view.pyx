# `sqrt` used as an axis specifier
from libc.math cimport sqrt
cdef double[::sqrt] v
