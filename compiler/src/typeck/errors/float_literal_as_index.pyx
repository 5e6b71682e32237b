# a float literal is used as a memoryview index
cdef double buf[4]
cdef double[:] v = buf
cdef double x = v[1.5]
