# reading a reduction variable in the loop body (Cython: Cannot read reduction variable in loop body)
from cython.parallel cimport prange, parallel
cdef double f(double[:] v) noexcept:
    cdef double s = 0, t = 0
    cdef Py_ssize_t i
    for i in prange(v.shape[0], nogil=True):
        s += v[i]
        t = s
    return t
