# Slicing inside a function.

def tail_sum(double[:] a, Py_ssize_t k):
    cdef double[:] t = a[k:]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(t.shape[0]):
        s += t[i]
    return s

def every_other(long[:] a):
    cdef long[:] t = a[::2]
    return t.shape[0]

def reversed_first(int[:] a):
    cdef int[:] r = a[::-1]
    if r.shape[0] == 0:
        return -1
    return r[0]

def row(double[:, :] a, Py_ssize_t i):
    cdef double[:] r = a[i]
    cdef double s = 0
    cdef Py_ssize_t j
    for j in range(r.shape[0]):
        s += r[j] * (j + 1)
    return s

def col(double[:, :] a, Py_ssize_t j):
    cdef double[:] c = a[:, j]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(c.shape[0]):
        s += c[i] * (i + 1)
    return s

def transpose_corner(double[:, :] a):
    cdef double[:, :] t = a.T
    if t.shape[0] == 0 or t.shape[1] == 0:
        return 0.0
    return t[t.shape[0] - 1, 0]

def window(float[:] a, Py_ssize_t lo, Py_ssize_t hi):
    return a[lo:hi].shape[0]
