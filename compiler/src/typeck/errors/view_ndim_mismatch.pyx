# assigns a `double[:, :]` to a `double[:]` variable
cdef double buf[2][3]
cdef double[:, :] m = buf
cdef double[:] v = m
