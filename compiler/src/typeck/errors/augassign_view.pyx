# `+=` on a whole memoryview
cdef double buf[3]
cdef double[:] v = buf
v += 1.0
