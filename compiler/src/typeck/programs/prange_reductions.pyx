from cython.parallel cimport prange, parallel, threadid

cdef double norm2(const double[::1] v) noexcept nogil:
    cdef Py_ssize_t i
    cdef double s = 0, last = 0
    for i in prange(v.shape[0], schedule='static'):
        last = v[i]
        s += last * last
    return s

def count(const double[::1] v, double limit):
    cdef Py_ssize_t i
    cdef long n = 0
    with nogil, parallel(num_threads=2):
        for i in prange(v.shape[0]):
            if v[i] > limit + threadid():
                n += 1
    return n
