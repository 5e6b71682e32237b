cdef double[1:] v
