cdef double[::2] v
