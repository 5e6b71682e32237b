# len() with two arguments
cdef double buf[3]
cdef double[:] v = buf
print(len(v, v))
