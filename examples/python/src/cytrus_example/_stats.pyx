# Reductions and an in-place update over 1-D views.

def mean(const double[:] x not None):
    """Arithmetic mean of x (ValueError when x is empty)."""
    cdef double s = 0
    cdef Py_ssize_t i
    if x.shape[0] == 0:
        raise ValueError("mean of an empty array")
    for i in range(x.shape[0]):
        s += x[i]
    return s / x.shape[0]

def variance(const double[:] x not None, int ddof=0):
    """Variance of x with ddof degrees of freedom removed."""
    cdef double m, s = 0
    cdef Py_ssize_t i, n = x.shape[0]
    if n - ddof <= 0:
        raise ValueError("not enough values")
    m = mean(x)
    for i in range(n):
        s += (x[i] - m) * (x[i] - m)
    return s / (n - ddof)

cpdef double weighted_sum(const double[:] x, const double[:] w):
    """Sum of x[i] * w[i]."""
    cdef double s = 0
    cdef Py_ssize_t i
    if x.shape[0] != w.shape[0]:
        raise ValueError("x and w differ in length")
    for i in range(x.shape[0]):
        s += x[i] * w[i]
    return s

def saxpy(double a, const double[:] x, double[:] y):
    """y += a * x, in place."""
    cdef Py_ssize_t i
    if x.shape[0] != y.shape[0]:
        raise ValueError("x and y differ in length")
    for i in range(x.shape[0]):
        y[i] += a * x[i]
