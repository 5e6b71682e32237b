# `d[0]` dereferences a `double`, which is not a pointer
cdef double d = 1.0
d[0] = 2.0
