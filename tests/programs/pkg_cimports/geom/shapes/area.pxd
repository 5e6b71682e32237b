from ..numerics cimport real, index_t
from ..util.scale cimport twice
from .sides cimport sides

cdef inline real square_area(real side) noexcept:
    return side * side

cdef inline index_t doubled_sides(index_t n) noexcept:
    return twice(sides(n))
