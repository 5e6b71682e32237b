# a cdef function declared without a body in a .pyx (Cython: declared but not defined)
cdef int f(int x)
cdef int f(int x):
    return x
