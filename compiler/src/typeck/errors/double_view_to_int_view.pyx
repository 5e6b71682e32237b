# assigns a `double[:]` to an `int[:]` variable
cdef double buf[4]
cdef double[:] d = buf
cdef int[:] i = d
