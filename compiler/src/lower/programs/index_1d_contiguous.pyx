# Indexing a C-contiguous 1-D view: wraparound, a bounds check, no stride multiply.
cdef double get(double[::1] v, Py_ssize_t i):
    return v[i]
