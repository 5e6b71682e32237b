# `view.generic_contiguous` is not in cython.view
from cython cimport view
cdef double[::view.generic_contiguous] v
