# Kernels for the example crate: compiled by build.rs, called from Rust.
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

cpdef double dot(const double[:] a, const double[:] b):
    """The dot product of two vectors of the same length."""
    cdef double s = 0
    cdef Py_ssize_t i
    if a.shape[0] != b.shape[0]:
        raise ValueError("dot: lengths differ")
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

cpdef double norm2(const double[:] a):
    # A cpdef kernel calling another one.
    return dot(a, a)

def squares(int n):
    # An int[:] view over a freshly allocated buffer, returned to Rust.
    cdef int[:] v = cvarray(shape=(n,), itemsize=sizeof(int), format="i")
    cdef int i
    for i in range(n):
        v[i] = i * i
    return v[n - 1]

def malloc_sum(int n):
    # malloc plus an <int[:n]> cast; the program frees the memory.
    cdef int *p = <int *>malloc(n * sizeof(int))
    cdef int[:] v = <int[:n]>p
    cdef int i, s = 0
    for i in range(n):
        v[i] = i
    for i in range(n):
        s += v[i]
    free(p)
    return s

cpdef void scale(double[:, ::1] m, double factor):
    # A 2-D kernel on a C-contiguous matrix.
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] *= factor

cpdef double column_sum(const double[:, :] m, Py_ssize_t j):
    # A strided view: one column, and its transpose's row.
    cdef const double[:] col = m[:, j]
    cdef const double[:] row = m.T[j]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(col.shape[0]):
        s += col[i] + row[i]
    return s / 2

cpdef double[:, ::1] transposed_copy(const double[:, :] m):
    return m.T.copy()

cpdef double[:] wrap_malloc(int n):
    # cython.view.array over memory malloc'd here: the array frees it with
    # `free` when the last view goes (callback_free_data).
    cdef cvarray arr = cvarray(shape=(n,), itemsize=sizeof(double), format="d", allocate_buffer=False)
    arr.data = <char *> malloc(n * sizeof(double))
    arr.callback_free_data = free
    cdef double[:] v = arr
    cdef int i
    for i in range(n):
        v[i] = i + 0.25
    return v
