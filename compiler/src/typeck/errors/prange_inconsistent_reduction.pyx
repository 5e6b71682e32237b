# two reduction operators for one variable
from cython.parallel cimport prange, parallel
cdef double f(int n) noexcept:
    cdef double s = 1
    cdef int i
    for i in prange(n, nogil=True):
        s += i
        s *= 2
    return s
