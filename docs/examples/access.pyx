# What indexing compiles to (docs/memoryviews.md).
from cython cimport view

cdef double get1(double[:] a, Py_ssize_t i):
    return a[i]

cdef double get2(double[:, ::1] m, Py_ssize_t i, Py_ssize_t j):
    return m[i, j]

cdef double get_indirect(double[::view.indirect, ::1] m, Py_ssize_t i, Py_ssize_t j):
    return m[i, j]

cdef double get_raw(double *p, Py_ssize_t i):
    return p[i]

cdef double first_of_slice(double[:] a):
    cdef double[:] s = a[2:10:3]
    return s[0]

cdef double corner_of_transpose(double[:, ::1] m):
    cdef double[::1, :] t = m.T
    return t[0, 1]
