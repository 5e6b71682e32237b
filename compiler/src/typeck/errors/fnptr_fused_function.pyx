# points to a fused function
ctypedef fused T:
    int
    long
ctypedef int (*f_t)(int)
cdef int g(T x):
    return x
cdef f_t p = g
