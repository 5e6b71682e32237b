# cython: boundscheck=False, wraparound=False
# Checks off: results on valid inputs, errors of conversion still raised.

def total(const double[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def scale(double[:, ::1] a, double k):
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] *= k

def count_pos(const int[:] a):
    cdef long n = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] > 0:
            n += 1
    return n
