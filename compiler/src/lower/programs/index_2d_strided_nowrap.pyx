# A strided 2-D view with wraparound off: checks only, the last failing axis named.
cimport cython

@cython.wraparound(False)
cdef double get(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    return m[i, j]
