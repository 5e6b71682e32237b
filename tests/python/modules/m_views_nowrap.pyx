# cython: wraparound=False
# Indexing with wraparound off (bounds checks still on).

def at(double[:] a, Py_ssize_t i):
    return a[i]

def at2(int[:, ::1] a, Py_ssize_t i, Py_ssize_t j):
    return a[i, j]

def sum_range(long[:] a, Py_ssize_t lo, Py_ssize_t hi):
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(lo, hi):
        s += a[i]
    return s
