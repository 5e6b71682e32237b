# stores a function that needs the GIL in a nogil pointer
ctypedef int (*f_t)(int) noexcept nogil
cdef int g(int x) noexcept:
    return x
cdef f_t p = g
