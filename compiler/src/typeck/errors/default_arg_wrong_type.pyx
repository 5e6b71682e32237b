# the default of an `int` parameter is a pointer
cdef int n = 0
cdef int f(int a=&n):
    return a
