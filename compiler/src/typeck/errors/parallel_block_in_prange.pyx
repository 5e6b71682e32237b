from cython.parallel cimport parallel, prange

def f(long[::1] a):
    cdef Py_ssize_t i, j
    cdef long s = 0
    for i in prange(4, nogil=True):
        with parallel():
            for j in prange(a.shape[0]):
                s += a[j]
    return s
