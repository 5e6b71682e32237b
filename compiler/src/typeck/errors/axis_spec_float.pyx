# a float literal as an axis step
cdef double[::1.0] v
