ctypedef double real

cdef inline real twice(real x) noexcept nogil:
    return 2 * x
