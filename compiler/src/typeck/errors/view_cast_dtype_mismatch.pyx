# casts a `double*` to an `int` view
cdef double buf[4]
cdef double* p = buf
cdef int[:] v = <int[:4]>p
