from cython.parallel cimport parallel, prange

def f(int n):
    cdef int i
    cdef long s = 0
    with nogil, parallel(num_threads=2):
        for i in prange(n, num_threads=2):
            s += i
    return s
