# copies a 2-D view into a 1-D slice
cdef double a[4]
cdef double b[2][2]
cdef double[:] v = a
cdef double[:, :] m = b
v[:] = m
