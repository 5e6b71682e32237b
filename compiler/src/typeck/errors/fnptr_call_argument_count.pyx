# calls a function pointer with too few arguments
ctypedef int (*f_t)(int, int) noexcept
cdef f_t p = NULL
cdef int x = p(1)
