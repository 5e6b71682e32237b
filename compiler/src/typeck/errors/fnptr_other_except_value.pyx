# stores an except? -1 function in an except? -2 pointer
ctypedef int (*f_t)(int) except? -2
cdef int g(int x) except? -1:
    return x
cdef f_t p = g
