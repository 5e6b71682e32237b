# assigns a `const double[:]` to a mutable `double[:]`
cdef double buf[4]
cdef const double[:] cv = buf
cdef double[:] v = cv
