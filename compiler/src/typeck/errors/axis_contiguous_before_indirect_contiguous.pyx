# `view.contiguous` before a `view.indirect_contiguous` axis
from cython cimport view
cdef double[::view.contiguous, ::view.indirect_contiguous] m
