# two values for a C array of three
cdef double[3] a = [1.0, 2.0]
