# casts a `double*` to a 2-D view with one extent
cdef double buf[4]
cdef double* p = buf
cdef double[:, :] m = <double[:4]>p
