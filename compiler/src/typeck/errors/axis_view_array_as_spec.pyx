# `view.array` is a type, not an axis specifier
from cython cimport view
cdef double[::view.array] v
