# calls an `int` variable
cdef int x = 1
x(2)
