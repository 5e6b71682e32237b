# pandas style (_libs/groupby.pyx group_cumsum / group_cumprod /
# group_shift_indexer): cumulative sums per group with Kahan compensation
# and skipna, NaN propagating when skipna is False, cumulative products,
# and a per-group shift indexer built with a label-seen table.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, int64_t, intp_t

cnp.import_array()

cdef float64_t NaN = <float64_t>np.nan


def group_cumsum(float64_t[:, ::1] out, const float64_t[:, ::1] values,
                 const intp_t[::1] labels, int ngroups, bint skipna=True):
    cdef:
        Py_ssize_t i, j, N, K
        float64_t val, y, t
        float64_t[:, ::1] accum, compensation
        cnp.uint8_t[:, ::1] accum_mask
        intp_t lab
    N, K = values.shape[0], values.shape[1]
    accum = np.zeros((ngroups, K), dtype=np.float64)
    compensation = np.zeros((ngroups, K), dtype=np.float64)
    accum_mask = np.zeros((ngroups, K), dtype=np.uint8)
    with nogil:
        for i in range(N):
            lab = labels[i]
            if lab < 0:
                for j in range(K):
                    out[i, j] = NaN
                continue
            for j in range(K):
                val = values[i, j]
                if val == val and not accum_mask[lab, j]:
                    y = val - compensation[lab, j]
                    t = accum[lab, j] + y
                    compensation[lab, j] = t - accum[lab, j] - y
                    accum[lab, j] = t
                    out[i, j] = t
                else:
                    out[i, j] = NaN
                    if not skipna:
                        accum_mask[lab, j] = True


def group_cumprod(float64_t[:, ::1] out, const float64_t[:, ::1] values,
                  const intp_t[::1] labels, int ngroups):
    cdef Py_ssize_t i, j
    cdef float64_t val
    cdef float64_t[:, ::1] accum = np.ones((ngroups, values.shape[1]), dtype=np.float64)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            val = values[i, j]
            if labels[i] < 0 or val != val:
                out[i, j] = NaN
                continue
            accum[labels[i], j] *= val
            out[i, j] = accum[labels[i], j]


def group_shift_indexer(int64_t[::1] out, const intp_t[::1] labels, int ngroups,
                        int periods):
    cdef Py_ssize_t N = labels.shape[0], ii, i, idxer_slot
    cdef intp_t lab
    cdef int offset = 0, sign
    cdef bint reverse = periods < 0
    cdef int64_t[:, ::1] label_indexer = np.full((ngroups, abs(periods) if periods else 1),
                                                 -1, dtype=np.int64)
    cdef int64_t[::1] label_seen = np.zeros(ngroups, dtype=np.int64)
    if periods == 0:
        for i in range(N):
            out[i] = i
        return
    if reverse:
        periods *= -1
        offset = N - 1
        sign = -1
    else:
        sign = 1
    for ii in range(N):
        i = offset + sign * ii
        lab = labels[i]
        if lab == -1:
            out[i] = -1
            continue
        label_seen[lab] += 1
        idxer_slot = label_seen[lab] % periods
        if label_seen[lab] > periods:
            out[i] = label_indexer[lab, idxer_slot]
        else:
            out[i] = -1
        label_indexer[lab, idxer_slot] = i


cdef Py_ssize_t N = 12, i
cdef float64_t[:, ::1] v = np.empty((N, 2), dtype=np.float64)
cdef intp_t[::1] lab = np.empty(N, dtype=np.intp)
for i in range(N):
    lab[i] = i % 3 if i != 7 else -1
    v[i, 0] = (i % 5) + 0.5
    v[i, 1] = 2.0 - (i % 4) * 0.5
v[4, 0] = NaN
v[5, 1] = NaN
cdef float64_t[:, ::1] cs = np.empty((N, 2), dtype=np.float64)
cdef float64_t[:, ::1] cs_noskip = np.empty_like(cs)
cdef float64_t[:, ::1] cp = np.empty_like(cs)
group_cumsum(cs, v, lab, 3)
group_cumsum(cs_noskip, v, lab, 3, skipna=False)
group_cumprod(cp, v, lab, 3)
cdef int64_t[::1] fwd = np.empty(N, dtype=np.int64)
cdef int64_t[::1] back = np.empty(N, dtype=np.int64)
group_shift_indexer(fwd, lab, 3, 1)
group_shift_indexer(back, lab, 3, -2)
for i in range(N):
    print(i, lab[i], cs[i, 0], cs[i, 1], cs_noskip[i, 0], cs_noskip[i, 1], cp[i, 0], cp[i, 1],
          fwd[i], back[i])
