# `view.contiguous` after a Fortran-contiguous `::1` first axis
from cython cimport view
cdef double[::1, ::view.contiguous] m
