# a view compares with `None` only
cdef double buf[3]
cdef double[:] v = buf
print(v == 0)
