# assigns an `int*` to a `double*` variable
cdef int n = 0
cdef double* p = &n
