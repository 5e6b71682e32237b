# four values assigned to a C array of three
cdef double[3] a
a = [1.0, 2.0, 3.0, 4.0]
