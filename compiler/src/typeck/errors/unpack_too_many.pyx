# three values for two targets (Cython: too many values to unpack (expected 2, got 3))
cdef int a, b
a, b = 1, 2, 3
