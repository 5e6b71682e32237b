# a parameter without default after one with a default
cdef int f(int a=1, int b):
    return a + b
