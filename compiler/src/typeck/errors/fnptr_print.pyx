# prints a function pointer
ctypedef int (*f_t)(int)
cdef f_t p = NULL
print(p)
