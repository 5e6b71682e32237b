# pandas style (_libs/window/aggregations.pyx ewm): exponentially weighted
# moving mean with com / adjust / ignore_na / minp and per-step time
# deltas (a ** b under the cpow=True directive; without it Cython rejects
# `old_wt *= a ** b` because the power is complex), and the bias-corrected
# exponentially weighted variance; com = 1 makes alpha = 1/2.
# cython: boundscheck=False, wraparound=False, cdivision=True, cpow=True

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, int64_t
from libc.math cimport NAN

cnp.import_array()


def ewm(const float64_t[:] vals, const int64_t[:] start, const int64_t[:] end, int minp,
        float64_t com, bint adjust, bint ignore_na, const float64_t[:] deltas):
    cdef:
        Py_ssize_t i, j, s, e, nobs, win_size, N = vals.shape[0], M = start.shape[0]
        const float64_t[:] sub_vals
        float64_t[::1] sub_output
        float64_t[::1] output = np.empty(N, dtype=np.float64)
        float64_t alpha, old_wt_factor, new_wt, weighted, old_wt, cur
        bint is_observation, use_deltas
    if N == 0:
        return np.asarray(output)
    use_deltas = deltas is not None
    alpha = 1. / (1. + com)
    old_wt_factor = 1. - alpha
    new_wt = 1. if adjust else alpha
    for j in range(M):
        s = start[j]
        e = end[j]
        sub_vals = vals[s:e]
        win_size = len(sub_vals)
        sub_output = np.empty(win_size, dtype=np.float64)
        weighted = sub_vals[0]
        is_observation = weighted == weighted
        nobs = int(is_observation)
        sub_output[0] = weighted if nobs >= minp else NAN
        old_wt = 1.
        with nogil:
            for i in range(1, win_size):
                cur = sub_vals[i]
                is_observation = cur == cur
                nobs += is_observation
                if weighted == weighted:
                    if is_observation or not ignore_na:
                        if use_deltas:
                            old_wt *= old_wt_factor ** deltas[s + i - 1]
                        else:
                            old_wt *= old_wt_factor
                        if is_observation:
                            # avoid numerical errors on constant series
                            if weighted != cur:
                                weighted = old_wt * weighted + new_wt * cur
                                weighted /= (old_wt + new_wt)
                            if adjust:
                                old_wt += new_wt
                            else:
                                old_wt = 1.
                elif is_observation:
                    weighted = cur
                sub_output[i] = weighted if nobs >= minp else NAN
        output[s:e] = sub_output
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
