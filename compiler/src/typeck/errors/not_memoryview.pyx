# `not` applied to a memoryview
cdef double buf[3]
cdef double[:] v = buf
print(not v)
