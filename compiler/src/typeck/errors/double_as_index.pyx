# a `double` is used as a memoryview index
cdef double buf[4]
cdef double[:] v = buf
cdef double d = 1.0
cdef double x = v[d]
