# Kernels called from a C program (see main.c and build.sh).
from cython cimport view
cpdef double dot(double[:] a, double[:] b):
    cdef double s = 0
    cdef Py_ssize_t i
    if a.shape[0] != b.shape[0]:
        raise ValueError("dot: lengths differ")
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

def scale_rows(double[:, ::1] m, double factor):
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] *= factor

cpdef long count_above(const int[:] v, int threshold):
    cdef long n = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        if v[i] > threshold:
            n += 1
    return n

cpdef double trace(double[::view.indirect, ::1] m):
    """The trace of a matrix held as an array of row pointers (double **)."""
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s
