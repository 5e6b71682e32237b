# points to a def function
ctypedef int (*f_t)(int)
def g(int x):
    return x
cdef f_t p = g
