# stores a function returning int in a pointer returning long
ctypedef long (*f_t)(int) noexcept
cdef int g(int x) noexcept:
    return x
cdef f_t p = g
