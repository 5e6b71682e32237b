# assigns a `double` to a `double[:]` variable
cdef double[:] v = 1.0
