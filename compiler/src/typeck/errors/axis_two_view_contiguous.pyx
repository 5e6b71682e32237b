# two `view.contiguous` axes
from cython cimport view
cdef double[::view.contiguous, ::view.contiguous] m
