# parameter `x` of a cdef function has no type
cdef double f(x):
    return 1.0
