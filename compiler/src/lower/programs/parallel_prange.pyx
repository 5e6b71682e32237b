# prange: a reduction, a lastprivate body variable, break and return in the
# body, an error raised after the loop; a prange in a parallel block runs in order.
from cython.parallel cimport prange, parallel

cdef Py_ssize_t find(int[::1] a, int key) noexcept nogil:
    cdef Py_ssize_t i
    for i in prange(a.shape[0], schedule='dynamic', chunksize=4):
        if a[i] == key:
            return i
    return -1

def total(double[::1] v, int threads):
    cdef Py_ssize_t i
    cdef double s = 0, x = 0
    for i in prange(v.shape[0], nogil=True, num_threads=threads):
        x = v[i] * 2
        if x > 1000:
            break
        s += x
    return s + x

def blocked(double[::1] v):
    cdef Py_ssize_t i
    cdef double s = 0
    with nogil, parallel():
        for i in prange(v.shape[0]):
            s += v[i]
    return s
