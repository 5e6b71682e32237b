# slices a memoryview with a double bound
cdef double buf[3]
cdef double[:] v = buf
cdef double[:] w = v[0.5:]
