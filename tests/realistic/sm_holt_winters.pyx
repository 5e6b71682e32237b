# statsmodels style (tsa/holtwinters/_exponential_smoothers.pyx): additive
# Holt-Winters smoothing (level, trend, seasonal) over a series, with the
# parameters mapped from the unit interval into their bounds first
# (to_restricted, through an inline helper), and the sum of squared
# one-step errors returned; the
# `cpow=True` directive as statsmodels sets it.
#!python
#cython: language_level=3, wraparound=False, boundscheck=False, cdivision=True, cpow=True

import numpy as np
cimport numpy as np

np.import_array()

cdef double LOWER_BOUND = 2.0 ** -26


cdef inline double _squeeze(double u, double lo, double hi) noexcept nogil:
    """Map u in [0, 1] linearly onto [lo, hi]."""
    return lo + u * (hi - lo)


cdef void to_restricted(double[::1] p, const np.int64_t[::1] sel,
                        const double[:, ::1] bounds) noexcept nogil:
    # alpha in its bounds; beta no larger than alpha; gamma no larger than 1 - alpha
    if sel[0]:
        p[0] = _squeeze(p[0], max(LOWER_BOUND, bounds[0, 0]),
                        min(1 - LOWER_BOUND, bounds[0, 1]))
    if sel[1]:
        p[1] = _squeeze(p[1], bounds[1, 0], min(p[0], bounds[1, 1]))
    if sel[2]:
        p[2] = _squeeze(p[2], max(LOWER_BOUND, bounds[2, 0]), min(1 - p[0], bounds[2, 1]))


def holt_win_add_add(double[::1] p, const double[::1] y, Py_ssize_t m,
                     double[::1] lvl, double[::1] b, double[::1] s):
    """Additive trend and season; p = (alpha, beta, gamma, l0, b0, s0..s{m-1})."""
    cdef double alpha = p[0], beta = p[1], gamma = p[2], sse = 0, prev_level, prev_trend
    cdef Py_ssize_t t, n = y.shape[0]
    lvl[0] = p[3]
    b[0] = p[4]
    s[:m] = p[5:5 + m]
    for t in range(1, n):
        prev_level = lvl[t - 1]
        prev_trend = b[t - 1]
        lvl[t] = alpha * (y[t - 1] - s[t - 1]) + (1 - alpha) * (prev_level + prev_trend)
        b[t] = beta * (lvl[t] - prev_level) + (1 - beta) * prev_trend
        s[t + m - 1] = gamma * (y[t - 1] - prev_level - prev_trend) + (1 - gamma) * s[t - 1]
    for t in range(n):
        sse += (y[t] - (lvl[t] + b[t] + s[t])) ** 2
    return sse


cdef Py_ssize_t n = 20, m = 4, i
cdef double[::1] y = np.empty(n, dtype=np.float64)
cdef double[4] pattern = [2.0, -1.0, 0.5, -1.5]
for i in range(n):
    y[i] = 10 + i * 0.5 + pattern[i % 4] + ((i * 3) % 5 - 2) * 0.25
cdef double[::1] p = np.zeros(5 + m, dtype=np.float64)
cdef np.int64_t[::1] sel = np.ones(3, dtype=np.int64)
cdef double[:, ::1] bounds = np.zeros((3, 2), dtype=np.float64)
bounds[:, 1] = 1.0
p[0], p[1], p[2] = 0.5, 0.25, 0.5
p[3], p[4] = 10.0, 0.5
p[5], p[6], p[7], p[8] = 2.0, -1.0, 0.5, -1.5
to_restricted(p, sel, bounds)
print("restricted", p[0], p[1], p[2])
cdef double[::1] lvl = np.empty(n), trend = np.empty(n), season = np.empty(n + m - 1)
cdef double sse = holt_win_add_add(p, y, m, lvl, trend, season)
print("sse", sse)
for i in range(0, n, 4):
    print(i, y[i], lvl[i], trend[i], season[i])
sel[1] = 0
p[0], p[1], p[2] = 0.75, 0.125, 0.5
to_restricted(p, sel, bounds)
print("beta not estimated:", p[0], p[1], p[2], "sse", holt_win_add_add(p, y, m, lvl, trend, season))
