cdef double x = 3j
