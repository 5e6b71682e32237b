# What each prange thread may read its own copy of (`shared` in the lir):
# scalars, pointers and slices the loop reads and nothing can change; not
# `limit`, whose address is taken, nor `s` (a reduction) or `last`.
from cython.parallel cimport prange, threadid

def f(double[:, ::1] x, double[::1] out, double scale, int n):
    cdef Py_ssize_t i
    cdef double limit = 1.0
    cdef double *p = &limit
    cdef double s = 0
    cdef double last = 0
    for i in prange(x.shape[0], nogil=True):
        p[0] = 2.0
        out[i] = scale * x[i, :][0] + limit + threadid()
        s += out[i]
        last = out[i]
    return s + last + n
