# assigns an `int*` to an `int` variable
cdef int n = 0
cdef int x = &n
