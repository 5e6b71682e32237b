# assigns a strided `double[:]` to a `double[::1]` variable
cdef double buf[4]
cdef double[:] s = buf
cdef double[::1] c = s
