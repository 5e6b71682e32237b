# stores a function taking int in a pointer taking long
ctypedef int (*f_t)(long) noexcept
cdef int g(int x) noexcept:
    return x
cdef f_t p = g
