# cdef function takes 1 argument, called with 2
cdef int f(int a):
    return a
f(1, 2)
