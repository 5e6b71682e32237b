# a memoryview in arithmetic
cdef double buf[3]
cdef double[:] v = buf
w = v + 1
