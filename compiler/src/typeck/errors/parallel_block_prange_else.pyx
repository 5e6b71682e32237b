from cython.parallel cimport parallel, prange

def f(long[::1] a):
    cdef Py_ssize_t i
    cdef long c = 0
    with nogil, parallel():
        for i in prange(a.shape[0]):
            c += 1
        else:
            c += 0
