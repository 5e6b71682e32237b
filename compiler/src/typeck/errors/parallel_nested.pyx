# a parallel block in a parallel block (Cython: Nested parallel with blocks are disallowed)
from cython.parallel cimport prange, parallel
cdef void f() noexcept:
    cdef int a = 0
    with nogil, parallel():
        with parallel():
            a = 1
