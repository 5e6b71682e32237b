# 2-D views with every axis spec.

def total(double[:, :] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s

def total_c(double[:, ::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * (i + 1)
    return s

def total_f(double[::1, :] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for j in range(a.shape[1]):
        for i in range(a.shape[0]):
            s += a[i, j] * (j + 1)
    return s

def shape_of(float[:, :] a):
    return a.shape[0] * 1000 + a.shape[1]

def first(double[:, :] a):
    return a[0, 0]

def corner(long[:, ::1] a):
    return a[a.shape[0] - 1, a.shape[1] - 1]

def row_sum(int[:, :] a, Py_ssize_t r):
    cdef long s = 0
    cdef Py_ssize_t j
    for j in range(a.shape[1]):
        s += a[r, j]
    return s

def trace(double[:, :] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(min(a.shape[0], a.shape[1])):
        s += a[i, i]
    return s
