# two memoryviews compared with ==
cdef double buf[3]
cdef double[:] v = buf
print(v == v)
