# a `cdef class`
cdef class Point:
    cdef double x
