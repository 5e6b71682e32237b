# a schedule OpenMP does not have (Cython: Invalid schedule argument to prange: fast)
from cython.parallel cimport prange, parallel
cdef int i
for i in prange(10, schedule='fast'):
    pass
