# cdef function takes 2 arguments, called with 1
cdef int f(int a, int b):
    return a + b
f(1)
