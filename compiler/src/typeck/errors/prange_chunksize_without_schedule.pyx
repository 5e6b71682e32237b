# chunksize without a schedule (Cython: Must provide schedule with chunksize)
from cython.parallel cimport prange, parallel
cdef int i
for i in prange(10, chunksize=2):
    pass
