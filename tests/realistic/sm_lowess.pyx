# statsmodels style (nonparametric/_smoothers_lowess.pyx): LOWESS with a
# k-nearest window that slides along sorted x, tricube distance weights,
# a weighted local linear fit, and robustifying iterations with bisquare
# weights from the median absolute residual (median via libc qsort).
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from libc.math cimport fabs, sqrt
from libc.stdlib cimport qsort

np.import_array()

ctypedef np.float64_t DTYPE_t


cdef int _cmp_double(const void* a, const void* b) noexcept nogil:
    cdef double x = (<const double*>a)[0], y = (<const double*>b)[0]
    return (x > y) - (x < y)


cdef inline DTYPE_t tricube(DTYPE_t u) noexcept nogil:
    u = 1 - u * u * u
    return u * u * u


cdef void slide_window(const DTYPE_t[::1] x, Py_ssize_t i, Py_ssize_t n,
                       Py_ssize_t* left_end, Py_ssize_t* right_end) noexcept nogil:
    # move the k-point window [left_end, right_end) right while the point
    # entering is closer to x[i] than the point leaving
    while right_end[0] < n and x[right_end[0]] - x[i] < x[i] - x[left_end[0]]:
        left_end[0] += 1
        right_end[0] += 1


cdef DTYPE_t calculate_y_fit(const DTYPE_t[::1] x, const DTYPE_t[::1] y, Py_ssize_t i,
                             Py_ssize_t left_end, Py_ssize_t right_end,
                             const DTYPE_t[::1] resid_weights, DTYPE_t* weights) noexcept nogil:
    cdef DTYPE_t radius = max(x[i] - x[left_end], x[right_end - 1] - x[i]), d, sum_w = 0
    cdef DTYPE_t xm = 0, ym = 0, sxx = 0, sxy = 0, b
    cdef Py_ssize_t j
    for j in range(left_end, right_end):
        d = fabs(x[j] - x[i]) / radius if radius > 0 else 0.0
        weights[j] = (tricube(d) if d < 1.0 else 0.0) * resid_weights[j]
        sum_w += weights[j]
    if sum_w <= 0:
        return y[i]
    for j in range(left_end, right_end):
        xm += weights[j] * x[j]
        ym += weights[j] * y[j]
    xm /= sum_w
    ym /= sum_w
    for j in range(left_end, right_end):
        sxx += weights[j] * (x[j] - xm) * (x[j] - xm)
        sxy += weights[j] * (x[j] - xm) * (y[j] - ym)
    b = sxy / sxx if sxx > 1e-12 else 0.0
    return ym + b * (x[i] - xm)


def lowess(const DTYPE_t[::1] x, const DTYPE_t[::1] y, double frac=2.0 / 3.0, Py_ssize_t it=3):
    cdef Py_ssize_t n = x.shape[0], k = <Py_ssize_t>(frac * n + 1e-10), i, robiter
    cdef Py_ssize_t left_end, right_end
    cdef DTYPE_t[::1] y_fit = np.zeros(n, dtype=np.float64)
    cdef DTYPE_t[::1] resid_weights = np.ones(n, dtype=np.float64)
    cdef DTYPE_t[::1] weights = np.zeros(n, dtype=np.float64)
    cdef DTYPE_t[::1] abs_resid = np.empty(n, dtype=np.float64)
    cdef DTYPE_t median, u
    if k < 2:
        raise ValueError("frac=%g leaves fewer than 2 points per window" % frac)
    for robiter in range(it + 1):
        left_end, right_end = 0, k
        for i in range(n):
            slide_window(x, i, n, &left_end, &right_end)
            y_fit[i] = calculate_y_fit(x, y, i, left_end, right_end, resid_weights, &weights[0])
        if robiter == it:
            break
        for i in range(n):
            abs_resid[i] = fabs(y[i] - y_fit[i])
        qsort(&abs_resid[0], n, sizeof(DTYPE_t), _cmp_double)
        median = (abs_resid[(n - 1) // 2] + abs_resid[n // 2]) / 2
        for i in range(n):
            u = fabs(y[i] - y_fit[i]) / (6.0 * median)
            resid_weights[i] = (1 - u * u) * (1 - u * u) if u < 1 else 0.0
    return np.asarray(y_fit)


cdef Py_ssize_t n = 20, i
cdef DTYPE_t[::1] x = np.empty(n, dtype=np.float64)
cdef DTYPE_t[::1] y = np.empty(n, dtype=np.float64)
for i in range(n):
    x[i] = i * 0.5 + (i // 5) * 0.25
    y[i] = sqrt(i) + ((i * 7) % 5 - 2) * 0.25
y[13] = 12.0          # an outlier the robust iterations should discount
cdef DTYPE_t[::1] fit0 = lowess(x, y, 0.5, 0)
cdef DTYPE_t[::1] fit3 = lowess(x, y, 0.5, 3)
for i in range(0, n, 2):
    print("%2d x=%5.2f y=%8.5f plain=%.8f robust=%.8f" % (i, x[i], y[i], fit0[i], fit3[i]))
print("at the outlier: %.8f vs %.8f" % (fit0[13], fit3[13]))
lowess(x, y, 0.05)
