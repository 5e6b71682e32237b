# pandas style (_libs/window/aggregations.pyx): rolling sum and mean over
# variable windows given by start/end int64 arrays, Kahan-compensated
# add/remove helpers taking pointers, NaN skipped via isnan/signbit declared
# in a `cdef extern from "math.h"` block, min_periods, monotonic fast path.
# cython: boundscheck=False, wraparound=False, cdivision=True

import cython
import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, int64_t

cnp.import_array()

cdef extern from "math.h" nogil:
    bint isnan(float64_t x)
    int signbit(float64_t x)

cdef float64_t NaN = <float64_t>np.nan


cdef inline float64_t calc_sum(int64_t minp, int64_t nobs, float64_t sum_x) noexcept nogil:
    cdef float64_t result
    if nobs == 0 == minp:
        result = 0
    elif nobs >= minp:
        result = sum_x
    else:
        result = NaN
    return result


cdef inline void add_sum(float64_t val, int64_t* nobs, float64_t* sum_x,
                         float64_t* compensation) noexcept nogil:
    cdef float64_t y, t
    if not isnan(val):
        nobs[0] = nobs[0] + 1
        y = val - compensation[0]
        t = sum_x[0] + y
        compensation[0] = t - sum_x[0] - y
        sum_x[0] = t


cdef inline void remove_sum(float64_t val, int64_t* nobs, float64_t* sum_x,
                            float64_t* compensation) noexcept nogil:
    cdef float64_t y, t
    if not isnan(val):
        nobs[0] = nobs[0] - 1
        y = -val - compensation[0]
        t = sum_x[0] + y
        compensation[0] = t - sum_x[0] - y
        sum_x[0] = t


cdef bint _monotonic(const int64_t[:] start, const int64_t[:] end) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(1, start.shape[0]):
        if start[i] < start[i - 1] or end[i] < end[i - 1]:
            return False
    return True


def roll_sum(const float64_t[:] values, const int64_t[:] start, const int64_t[:] end,
             int64_t minp):
    cdef:
        Py_ssize_t i, j
        float64_t sum_x = 0, compensation_add = 0, compensation_remove = 0
        int64_t s, e, nobs = 0, N = len(values)
        float64_t[::1] output = np.empty(N, dtype=np.float64)
        bint is_monotonic_increasing_bounds = _monotonic(start, end)
    with nogil:
        for i in range(0, N):
            s = start[i]
            e = end[i]
            if i == 0 or not is_monotonic_increasing_bounds:
                for j in range(s, e):
                    add_sum(values[j], &nobs, &sum_x, &compensation_add)
            else:
                for j in range(start[i - 1], s):
                    remove_sum(values[j], &nobs, &sum_x, &compensation_remove)
                for j in range(end[i - 1], e):
                    add_sum(values[j], &nobs, &sum_x, &compensation_add)
            output[i] = calc_sum(minp, nobs, sum_x)
            if not is_monotonic_increasing_bounds:
                nobs = 0
                sum_x = 0.0
                compensation_remove = 0.0
    return np.asarray(output)


@cython.cdivision(True)
def roll_mean(const float64_t[:] values, const int64_t[:] start, const int64_t[:] end,
              int64_t minp):
    cdef Py_ssize_t i, j, N = values.shape[0], nobs, neg_ct
    cdef float64_t sum_x, result
    cdef float64_t[::1] output = np.empty(N, dtype=np.float64)
    for i in range(N):
        nobs = neg_ct = 0
        sum_x = 0
        for j in range(start[i], end[i]):
            if not isnan(values[j]):
                nobs += 1
                sum_x += values[j]
                neg_ct += signbit(values[j]) != 0
        if nobs >= minp and nobs > 0:
            result = sum_x / <float64_t>nobs
            if neg_ct == 0 and result < 0:
                result = 0
            elif neg_ct == nobs and result > 0:
                result = 0
        else:
            result = NaN
        output[i] = result
    return np.asarray(output)


cdef Py_ssize_t N = 14, i, window = 4
cdef float64_t[::1] vals = np.empty(N, dtype=np.float64)
cdef int64_t[::1] start = np.empty(N, dtype=np.int64)
cdef int64_t[::1] end = np.empty(N, dtype=np.int64)
for i in range(N):
    vals[i] = (i * 5 % 9) * 0.25 - 0.5
    end[i] = i + 1
    start[i] = max(0, i + 1 - window)
vals[6] = vals[7] = vals[8] = NaN
cdef float64_t[::1] rs = roll_sum(vals, start, end, 2)
cdef float64_t[::1] rm = roll_mean(vals, start, end, 2)
for i in range(N):
    print(i, vals[i], rs[i], rm[i])
# non-monotonic (centered, then reversed) windows take the slow path
for i in range(N):
    start[i] = max(0, N - i - 3)
    end[i] = min(N, N - i + 1)
rs = roll_sum(vals, start, end, 0)
print("reversed windows:", rs[0], rs[5], rs[9], rs[13])
