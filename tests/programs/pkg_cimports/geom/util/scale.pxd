from ..numerics cimport index_t

cdef inline index_t twice(index_t n) noexcept:
    return 2 * n
