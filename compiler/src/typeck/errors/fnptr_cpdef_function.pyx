# points to a cpdef function
ctypedef int (*f_t)(int)
cpdef int g(int x):
    return x
cdef f_t p = g
