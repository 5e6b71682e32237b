# casts a memoryview to another memoryview type
cdef double buf[3]
cdef double[:] v = buf
cdef int[:] w = <int[:]>v
