# casts a `double` (not a pointer) to a memoryview
cdef double d = 1.0
cdef double[:] v = <double[:4]>d
