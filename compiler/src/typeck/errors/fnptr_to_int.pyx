# assigns a function pointer to an int
ctypedef int (*f_t)(int)
cdef f_t p = NULL
cdef int x = p
