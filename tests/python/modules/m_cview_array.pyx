# cython.view arrays and C arrays returned as views.
from cython.view cimport array as cvarray

def make(Py_ssize_t n):
    if n < 0 or n > 1000:
        raise ValueError("n out of range")
    cdef double[:] a = cvarray(shape=(max(n, 1),), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i] = i * 0.5
    return a[:n]

def make2(int r, int c):
    if r < 1 or c < 1 or r * c > 1000:
        raise ValueError("bad shape")
    cdef int[:, ::1] m = cvarray(shape=(r, c), itemsize=sizeof(int), format="i")
    cdef int i, j
    for i in range(r):
        for j in range(c):
            m[i, j] = i * c + j
    return m
