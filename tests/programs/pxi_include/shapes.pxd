include "sq.pxi"

cdef inline double area(double side) noexcept:
    return sq(side) / 2
