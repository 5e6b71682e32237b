# assigns a `double[:]` to a `double` variable
cdef double buf[4]
cdef double[:] v = buf
cdef double x = v
