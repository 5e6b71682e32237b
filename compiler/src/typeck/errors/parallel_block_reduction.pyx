# an in-place update in a parallel block (Cython: Reductions not allowed for parallel blocks)
from cython.parallel cimport prange, parallel
cdef int f() noexcept:
    cdef int s = 0
    with nogil, parallel():
        s += 1
    return s
