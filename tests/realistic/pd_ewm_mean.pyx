# pandas style (_libs/window/aggregations.pyx ewm): exponentially weighted
# moving mean with com / adjust / ignore_na / minp and per-step time
# deltas (decay ** delta under the cpow=True directive; without it a power
# with a run-time double exponent is complex and Cython rejects assigning
# it to a double here), and the bias-corrected exponentially weighted
# variance; com = 1 makes alpha = 1/2.
# cython: boundscheck=False, wraparound=False, cdivision=True, cpow=True

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, int64_t
from libc.math cimport NAN

cnp.import_array()


cdef void _ewm_window(const float64_t[:] x, Py_ssize_t first, Py_ssize_t last,
                      float64_t decay, bint adjust, bint ignore_na, int minp,
                      const float64_t[:] deltas, bint use_deltas,
                      float64_t[::1] out) noexcept nogil:
    """Weighted mean of x[first:last] with weights decay**age (adjust) or the
    recursive form mean = (1 - alpha) mean + alpha x (not adjust)."""
    cdef Py_ssize_t i, seen = 0
    cdef float64_t mean = NAN, w_old = 0.0, w_new = 1.0 if adjust else 1.0 - decay
    cdef float64_t age_factor
    cdef bint started = False
    for i in range(first, last):
        if started and (x[i] == x[i] or not ignore_na):
            # every step (or only observed ones when ignore_na) ages the old weight
            age_factor = decay ** deltas[i - 1] if use_deltas else decay
            w_old = w_old * age_factor
        if x[i] == x[i]:
            seen += 1
            if not started:
                mean = x[i]
                w_old = 1.0
                started = True
            else:
                if mean != x[i]:
                    mean = (w_old * mean + w_new * x[i]) / (w_old + w_new)
                w_old = w_old + w_new if adjust else 1.0
        out[i] = mean if seen >= minp else NAN


def ewm(const float64_t[:] vals, const int64_t[:] start, const int64_t[:] end, int minp,
        float64_t com, bint adjust, bint ignore_na, const float64_t[:] deltas):
    cdef Py_ssize_t j, N = vals.shape[0]
    cdef float64_t[::1] output = np.empty(N, dtype=np.float64)
    cdef bint use_deltas = deltas is not None
    if com < 0:
        raise ValueError(f"com must satisfy com >= 0, got {com}")
    with nogil:
        for j in range(start.shape[0]):
            _ewm_window(vals, start[j], end[j], com / (1. + com), adjust, ignore_na, minp,
                        deltas, use_deltas, output)
    return np.asarray(output)


def ewmvar_simple(const float64_t[:] x, float64_t com, int minp):
    cdef Py_ssize_t i, N = x.shape[0], nobs = 0
    cdef float64_t alpha = 1. / (1. + com), old_wt_factor = 1. - alpha
    cdef float64_t mean_x, cov, sum_wt, sum_wt2, old_wt, old_mean, numerator, denominator
    cdef float64_t[::1] output = np.empty(N, dtype=np.float64)
    mean_x = x[0]
    nobs = 1
    sum_wt = sum_wt2 = old_wt = 1.0
    cov = 0.0
    output[0] = NAN
    for i in range(1, N):
        nobs += 1
        sum_wt *= old_wt_factor
        sum_wt2 *= old_wt_factor * old_wt_factor
        old_wt *= old_wt_factor
        old_mean = mean_x
        mean_x = (old_wt * old_mean + x[i]) / (old_wt + 1.0)
        cov = ((old_wt * (cov + (old_mean - mean_x) * (old_mean - mean_x)))
               + (x[i] - mean_x) * (x[i] - mean_x)) / (old_wt + 1.0)
        sum_wt += 1.0
        sum_wt2 += 1.0
        old_wt += 1.0
        numerator = sum_wt * sum_wt
        denominator = numerator - sum_wt2
        output[i] = (numerator / denominator) * cov if nobs >= minp and denominator > 0 else NAN
    return np.asarray(output)


cdef Py_ssize_t N = 10, i
cdef float64_t[::1] x = np.empty(N, dtype=np.float64)
for i in range(N):
    x[i] = (i % 4) * 2.0 - 1
x[3] = NAN
cdef int64_t[::1] start = np.zeros(1, dtype=np.int64)
cdef int64_t[::1] end = np.full(1, N, dtype=np.int64)
cdef float64_t[::1] deltas = np.ones(N - 1, dtype=np.float64)
deltas[4] = 2.0
cdef float64_t[::1] adj = ewm(x, start, end, 1, 1.0, True, False, None)
cdef float64_t[::1] noadj = ewm(x, start, end, 2, 1.0, False, True, None)
cdef float64_t[::1] timed = ewm(x, start, end, 1, 1.0, True, False, deltas)
cdef float64_t[::1] var = ewmvar_simple(x[4:], 1.0, 2)
for i in range(N):
    print(i, x[i], adj[i], noadj[i], timed[i], var[i - 4] if i >= 4 else -1.0)
ewm(x, start, end, 1, -0.5, True, False, None)
