# `view.nosuch` is not an axis specifier
from cython cimport view
cdef double[::view.nosuch] v
