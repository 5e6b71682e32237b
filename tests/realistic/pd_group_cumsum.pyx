# pandas style (_libs/groupby.pyx group_cumsum / group_cumprod /
# group_shift_indexer): cumulative sums per group with Kahan compensation
# and skipna, NaN propagating when skipna is False, cumulative products,
# and a per-group shift indexer that keeps a ring of recent rows per group.
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
    """out[i] = row index `periods` rows earlier (later if negative) within the
    same group, or -1; each group keeps a ring of its last |periods| rows."""
    cdef Py_ssize_t n = labels.shape[0], step, i, first, stop
    cdef Py_ssize_t depth = periods if periods > 0 else -periods
    cdef intp_t g
    cdef int64_t[:, ::1] ring
    cdef int64_t[::1] seen = np.zeros(ngroups, dtype=np.int64)
    if periods == 0:
        for i in range(n):
            out[i] = i if labels[i] >= 0 else -1
        return
    ring = np.full((ngroups, depth), -1, dtype=np.int64)
    if periods > 0:
        first, stop, step = 0, n, 1
    else:
        first, stop, step = n - 1, -1, -1
    i = first
    while i != stop:
        g = labels[i]
        if g < 0:
            out[i] = -1
        else:
            out[i] = ring[g, seen[g] % depth]    # -1 until the ring has filled
            ring[g, seen[g] % depth] = i
            seen[g] += 1
        i += step


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
