# Views of C memory borrow it: a pointer cast and a C array.
from libc.stdlib cimport malloc, free

cdef void fill():
    cdef double buf[6]
    cdef double[:] a = buf
    cdef int *p = <int *>malloc(3 * sizeof(int))
    cdef int[:] b = <int[:3]>p
    a[:] = 0.0
    b[0] = 7
    free(p)

fill()
