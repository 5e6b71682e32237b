# stores a function that propagates exceptions in a noexcept pointer
ctypedef int (*f_t)(int) noexcept
cdef int g(int x):
    return x
cdef f_t p = g
