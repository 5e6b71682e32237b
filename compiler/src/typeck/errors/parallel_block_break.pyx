from cython.parallel cimport parallel

def f(int n):
    cdef int j, x
    for j in range(n):
        with nogil, parallel():
            x = j
            break
