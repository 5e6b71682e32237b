# prange without bounds (Cython: Invalid number of positional arguments to prange)
from cython.parallel cimport prange, parallel
cdef int i
for i in prange():
    pass
