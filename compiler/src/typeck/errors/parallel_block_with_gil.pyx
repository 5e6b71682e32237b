from cython.parallel cimport parallel

def f(int n):
    cdef int x
    with parallel():
        x = n
