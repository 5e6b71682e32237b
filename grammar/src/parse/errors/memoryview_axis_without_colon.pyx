cdef double[10] v
