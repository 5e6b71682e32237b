cdef double x = 1e
