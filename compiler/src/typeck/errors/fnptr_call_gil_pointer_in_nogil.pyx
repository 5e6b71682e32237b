# calls a function pointer not declared nogil inside with nogil
ctypedef int (*f_t)(int) noexcept
cdef int g(int x) noexcept:
    return x
cdef f_t p = g
cdef int x
with nogil:
    x = p(1)
