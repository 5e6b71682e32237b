# nogil functions and `with nogil:` blocks.

cdef double dot_nogil(double[:] a, double[:] b) noexcept nogil:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(min(a.shape[0], b.shape[0])):
        s += a[i] * b[i]
    return s

def dot(double[:] a, double[:] b):
    cdef double r
    with nogil:
        r = dot_nogil(a, b)
    return r

cpdef double norm1(const double[:] a) nogil:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] if a[i] >= 0 else -a[i]
    return s

def count_nogil(int n):
    cdef long s = 0
    cdef int i
    with nogil:
        for i in range(min(n, 1000)):
            s += i % 7
    return s

def raise_in_nogil(double[:] a, Py_ssize_t i):
    cdef double v
    with nogil:
        v = a[i]
    return v
