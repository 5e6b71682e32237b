# a memoryview variable assigned in a prange body (Cython: Memoryview slices can only be shared in parallel sections)
from cython.parallel cimport prange
def f(double[:, ::1] m):
    cdef Py_ssize_t i
    cdef double[::1] row
    for i in prange(m.shape[0], nogil=True):
        row = m[i, :]
