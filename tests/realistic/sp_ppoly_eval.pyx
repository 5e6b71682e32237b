# SciPy style (interpolate/_ppoly.pyx): evaluate a piecewise polynomial
# with coefficients c[k, m] (highest power first) at many points -- interval
# search that remembers the previous interval, Horner evaluation with
# derivatives, extrapolation flag, NaN for out-of-range points.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython
from libc.math cimport NAN, isnan

cnp.import_array()

ctypedef cnp.float64_t double_t


cdef int find_interval_ascending(const double* x, size_t nx, double xval,
                                 int prev_interval=0, bint extrapolate=1) noexcept nogil:
    cdef int interval, high, low, mid
    cdef double a = x[0], b = x[nx - 1]
    interval = prev_interval
    if interval < 0 or interval >= <int>nx:
        interval = 0
    if not (a <= xval <= b):
        if xval < a and extrapolate:
            interval = 0
        elif xval > b and extrapolate:
            interval = nx - 2
        else:
            interval = -1
    elif xval == b:
        interval = nx - 2
    else:
        if xval >= x[interval]:
            low = interval
            high = nx - 2
        else:
            low = 0
            high = interval
        if xval < x[low + 1]:
            high = low
        while low < high:
            mid = (high + low) // 2
            if xval < x[mid]:
                high = mid
            elif xval >= x[mid + 1]:
                low = mid + 1
            else:
                low = mid
                break
        interval = low
    return interval


cdef double evaluate_poly1(double s, const double_t[:, ::1] c, int ci, int dx) noexcept nogil:
    cdef int kp, k
    cdef double res = 0.0, z = 1.0, prefactor
    if dx < 0:
        for kp in range(-dx):
            z *= s
    for kp in range(c.shape[0]):
        # a degree-(k) term, k counted from the lowest power
        k = c.shape[0] - kp - 1
        if dx == 0:
            prefactor = 1.0
        elif dx > 0:
            if kp < dx:
                continue
            prefactor = 1.0
            for k in range(kp, kp - dx, -1):
                prefactor *= k
        else:
            prefactor = 1.0
            for k in range(kp, kp - dx):
                prefactor /= k + 1
        res = res + c[c.shape[0] - kp - 1, ci] * z * prefactor
        if kp < c.shape[0] - 1 and kp >= dx:
            z *= s
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
