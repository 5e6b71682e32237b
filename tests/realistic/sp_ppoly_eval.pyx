# SciPy style (interpolate/_ppoly.pyx): evaluate a piecewise polynomial
# with coefficients c[k, m] (highest power first) at many points -- an
# interval search that tries the previous interval first (a cdef function
# with default arguments), Horner evaluation with derivative and
# antiderivative factors, extrapolation flag, NaN for out-of-range points.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython
from libc.math cimport NAN, isnan

cnp.import_array()

ctypedef cnp.float64_t double_t


cdef int find_interval_ascending(const double* x, size_t nx, double xval,
                                 int prev_interval=0, bint extrapolate=1) noexcept nogil:
    """Index i with x[i] <= xval < x[i+1] (the last interval is closed), -1 when
    xval is outside and extrapolation is off; starts from the previous answer."""
    cdef int last = <int>nx - 2, lo, hi, mid
    if xval < x[0]:
        return 0 if extrapolate else -1
    if xval > x[nx - 1]:
        return last if extrapolate else -1
    if xval == x[nx - 1]:
        return last
    # try the previous interval and its right neighbour before bisecting
    if 0 <= prev_interval <= last and x[prev_interval] <= xval:
        if xval < x[prev_interval + 1]:
            return prev_interval
        if prev_interval < last and xval < x[prev_interval + 2]:
            return prev_interval + 1
    lo, hi = 0, last
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if x[mid] <= xval:
            lo = mid
        else:
            hi = mid - 1
    return lo


cdef double evaluate_poly1(double s, const double_t[:, ::1] c, int ci, int dx) noexcept nogil:
    """d^dx/ds^dx of sum_p c[deg - p, ci] s**p by Horner's rule over the
    differentiated (dx > 0) or integrated (dx < 0) coefficients."""
    cdef int deg = c.shape[0] - 1, p, q
    cdef double res = 0.0, factor
    for p in range(deg, -1, -1):
        if p < dx:
            break
        factor = 1.0
        if dx > 0:
            for q in range(p - dx + 1, p + 1):
                factor *= q
        elif dx < 0:
            for q in range(p + 1, p - dx + 1):
                factor /= q
        res = res * s + c[deg - p, ci] * factor
    for q in range(-dx):
        res *= s
    return res


def evaluate(const double_t[:, ::1] c, const double_t[::1] x, const double_t[::1] xp,
             int dx, bint extrapolate, double_t[::1] out):
    cdef int ip, interval = 0
    if dx < 0:
        raise ValueError("Order of derivative cannot be negative, got {}".format(dx))
    if c.shape[1] != x.shape[0] - 1:
        raise ValueError("x and c have incompatible shapes: {} != {} - 1".format(
            c.shape[1], x.shape[0]))
    with nogil:
        for ip in range(xp.shape[0]):
            if isnan(xp[ip]):
                out[ip] = NAN
                continue
            interval = find_interval_ascending(&x[0], x.shape[0], xp[ip], interval, extrapolate)
            if interval < 0:
                out[ip] = NAN
                continue
            out[ip] = evaluate_poly1(xp[ip] - x[interval], c, interval, dx)


# a cubic spline-like piecewise polynomial on breakpoints 0, 1, 2, 4, 8
cdef int m = 4, k, i
cdef double_t[::1] x = np.empty(m + 1, dtype=np.float64)
cdef double_t[:, ::1] c = np.empty((4, m), dtype=np.float64)
x[0], x[1], x[2], x[3], x[4] = 0.0, 1.0, 2.0, 4.0, 8.0
for i in range(m):
    for k in range(4):
        c[k, i] = ((i + 1) * (k + 2)) % 5 - 2 + 0.5 * (k == 3)
cdef double_t[::1] xp = np.empty(12, dtype=np.float64)
for i in range(12):
    xp[i] = -1.0 + i * 0.875
xp[5] = float("nan")
cdef double_t[::1] out = np.empty(12, dtype=np.float64)
cdef int dx
for dx in range(3):
    evaluate(c, x, xp, dx, True, out)
    print("dx", dx, out[0], out[1], out[3], out[6], out[10], out[11], "nan kept:", isnan(out[5]))
evaluate(c, x, xp, 0, False, out)
print("no extrapolation:", isnan(out[0]), out[2], isnan(out[11]))
evaluate(c, x[:4], xp, 0, False, out)
