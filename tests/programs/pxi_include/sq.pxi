cdef inline double sq(double x) noexcept:
    return x * x
