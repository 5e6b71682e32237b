# pydiff: extremes
# ctuple results.

cpdef (int, double) pair(int a, double b):
    return (a, b)

def divmod_(long a, long b):
    if b == 0:
        return (0, 0)
    return (a // b, a % b)

cpdef (double, double, bint) stats(const double[:] a):
    cdef double lo = 0, hi = 0
    cdef Py_ssize_t i
    if a.shape[0] == 0:
        return (0.0, 0.0, False)
    lo = a[0]
    hi = a[0]
    for i in range(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return (lo, hi, True)
