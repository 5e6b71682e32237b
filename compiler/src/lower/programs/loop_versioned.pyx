# An index the loop cannot prove is checked once before the loop (versioning).
def shifted(double[::1] a, double[::1] b, Py_ssize_t n):
    cdef Py_ssize_t i
    for i in range(n):
        b[i] = a[i + 1]
