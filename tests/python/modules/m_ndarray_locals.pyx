# An untyped local holding a numpy array is an ndarray in Cython: a def that
# returns it gives Python the ndarray (type, dtype, shape, flags), as does a
# def returning a numpy call directly. A typed view local stays a view.
import numpy as np
cimport numpy as cnp

def empty_filled(Py_ssize_t n, double v):
    out = np.empty(n)
    cdef double[::1] o = out
    cdef Py_ssize_t i
    for i in range(n):
        o[i] = v * i
    return out

def zeros_2d(Py_ssize_t n, Py_ssize_t m):
    out = np.zeros((n, m), dtype=np.int32)
    cdef int[:, ::1] o = out
    cdef Py_ssize_t i, j
    for i in range(n):
        for j in range(m):
            o[i, j] = <int>(i * m + j)
    return out

def ones_fortran(Py_ssize_t n):
    out = np.ones((n, 2), dtype=np.float32, order='F')
    return out

def full_int64(Py_ssize_t n, long v):
    res = np.full(n, v, dtype=np.int64)
    return res

def arange_local(long n):
    r = np.arange(n)
    return r

def like_of(double[:] a not None):
    out = np.zeros_like(a)
    cdef double[:] o = out
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        o[i] = 2 * a[i]
    return out

def asarray_local(double[:] a not None):
    b = np.asarray(a)
    return b

def direct_call(Py_ssize_t n):
    return np.zeros(n, dtype=np.uint8)

def reassigned(Py_ssize_t n, bint small):
    out = np.zeros(n)
    if small:
        out = np.ones(1)
    return out

def either_path(Py_ssize_t n, bint first):
    a = np.empty(n)
    cdef double[:] av = a
    av[:] = 1.5
    if first:
        return a
    b = np.ones(n)
    return b

def typed_view_local(Py_ssize_t n):
    cdef double[::1] v = np.zeros(n)
    return v
