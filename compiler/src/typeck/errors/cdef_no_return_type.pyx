# cdef function without a return type (returns a Python object in Cython)
cdef f(int x):
    return x
