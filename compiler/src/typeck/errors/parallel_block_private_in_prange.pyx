from cython.parallel cimport parallel, prange

def f(int n):
    cdef int i, x
    with nogil, parallel():
        x = 0
        for i in prange(n):
            x = i
