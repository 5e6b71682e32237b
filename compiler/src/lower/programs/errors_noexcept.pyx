# A noexcept function reports its error and returns: no traceback frame.
cdef double ratio(double a, double b) noexcept:
    return a / b

print(ratio(1.0, 0.0))
