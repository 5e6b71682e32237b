cdef double s = sum(x * x for x in range(4))
