# assigns a `double` to an `int` variable without a cast
cdef double d = 1.5
cdef int x = d
