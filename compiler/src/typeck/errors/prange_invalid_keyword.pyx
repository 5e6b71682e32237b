# a keyword prange does not take (Cython: Invalid keyword argument: threads)
from cython.parallel cimport prange, parallel
cdef int i
for i in prange(10, threads=2):
    pass
