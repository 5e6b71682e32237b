# calls a function pointer with a keyword argument
ctypedef int (*f_t)(int x) noexcept
cdef f_t p = NULL
cdef int y = p(x=1)
