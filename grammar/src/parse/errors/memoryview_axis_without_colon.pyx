cdef double[10, 3] v
