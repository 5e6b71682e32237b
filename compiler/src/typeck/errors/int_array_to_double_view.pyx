# a C `int` array viewed as `double[:]`
cdef int buf[4]
cdef double[:] v = buf
