# assigns to an expression that is not a variable
cdef int a = 1
cdef int b = 2
a + b = 3
