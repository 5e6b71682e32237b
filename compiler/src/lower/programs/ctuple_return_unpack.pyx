cdef (int, double) split(double x) noexcept nogil:
    cdef int whole = <int>x
    return whole, x - whole

cdef (double, double) minmax(double[::1] v):
    cdef double lo = v[0], hi = v[0]
    cdef Py_ssize_t i
    for i in range(1, v.shape[0]):
        lo = min(lo, v[i])
        hi = max(hi, v[i])
    return lo, hi

def run(double[::1] v):
    cdef (int, double) p = split(2.75)
    lo, hi = minmax(v)
    print(p, p[0], lo < hi, p < (2, 1.0))
