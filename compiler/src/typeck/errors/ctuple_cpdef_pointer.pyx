# a cpdef function returning a C tuple holding a pointer
cdef int x = 1
cpdef (int*, int) f():
    return &x, 1
