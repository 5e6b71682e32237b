# abs() of a Py_ssize_t is a Python operation in Cython: not without the GIL
cdef Py_ssize_t dist(Py_ssize_t i, Py_ssize_t j) noexcept nogil:
    return abs(i - j)
