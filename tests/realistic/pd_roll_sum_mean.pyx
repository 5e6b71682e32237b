# pandas style (_libs/window/aggregations.pyx): rolling sum and mean over
# variable windows given by start/end int64 arrays, a Kahan-compensated
# accumulator struct updated through a pointer, NaN skipped via
# isnan/signbit declared in a `cdef extern from "math.h"` block,
# min_periods, an incremental path for monotonic bounds.
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


cdef struct KahanSum:
    int64_t nobs
    float64_t total
    float64_t carry


cdef inline void kahan_update(KahanSum* acc, float64_t val, int sign) noexcept nogil:
    """Add (sign = 1) or remove (sign = -1) one observation; NaN is ignored."""
    cdef float64_t corrected, new_total
    if isnan(val):
        return
    acc.nobs += sign
    corrected = sign * val - acc.carry
    new_total = acc.total + corrected
    acc.carry = (new_total - acc.total) - corrected
    acc.total = new_total


cdef inline float64_t sum_result(const KahanSum* acc, int64_t minp) noexcept nogil:
    if acc.nobs >= minp:
        return acc.total if acc.nobs > 0 else 0.0
    return NaN


cdef bint _monotonic(const int64_t[:] start, const int64_t[:] end) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(1, start.shape[0]):
        if start[i] < start[i - 1] or end[i] < end[i - 1]:
            return False
    return True


def roll_sum(const float64_t[:] values, const int64_t[:] start, const int64_t[:] end,
             int64_t minp):
    cdef:
        Py_ssize_t i, j, N = len(values)
        KahanSum adds, removes
        float64_t[::1] output = np.empty(N, dtype=np.float64)
        bint incremental = _monotonic(start, end)
    # adds and removes keep separate compensations; their totals are combined
    adds.nobs = removes.nobs = 0
    adds.total = adds.carry = removes.total = removes.carry = 0.0
    with nogil:
        for i in range(N):
            if i > 0 and incremental:
                for j in range(start[i - 1], start[i]):
                    kahan_update(&removes, values[j], -1)
                for j in range(end[i - 1], end[i]):
                    kahan_update(&adds, values[j], 1)
            else:
                adds.nobs = removes.nobs = 0
                adds.total = adds.carry = removes.total = removes.carry = 0.0
                for j in range(start[i], end[i]):
                    kahan_update(&adds, values[j], 1)
            adds.nobs += removes.nobs
            adds.total += removes.total
            removes.nobs = 0
            removes.total = 0.0
            output[i] = sum_result(&adds, minp)
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
