# one value short
cdef int a, b, c
a, b, c = 1, 2
