# casts a memoryview to a double
cdef double buf[3]
cdef double[:] v = buf
cdef double d = <double>v
