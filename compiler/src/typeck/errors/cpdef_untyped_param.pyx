# parameter `x` of a cpdef function has no type
cpdef double f(x):
    return 1.0
