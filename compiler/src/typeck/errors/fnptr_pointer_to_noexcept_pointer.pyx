# stores a pointer that propagates exceptions in a noexcept pointer
ctypedef int (*f_t)(int) noexcept
ctypedef int (*h_t)(int)
cdef h_t p = NULL
cdef f_t q = p
