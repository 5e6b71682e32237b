# pandas style (_libs/groupby.pyx group_add / group_mean): per-group sums
# and means of a 2D values block over integer labels (-1 = dropped), NaN
# skipped, min_count, with a fused `ctypedef fused` over float32/float64/
# int64 that decides at compile time whether NaN checks apply.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from numpy cimport float32_t, float64_t, int64_t, intp_t
cimport cython

cnp.import_array()

cdef float64_t NaN = <float64_t>np.nan

ctypedef fused add_t:
    float32_t
    float64_t
    int64_t


cdef inline bint _is_nan(add_t val) noexcept nogil:
    if add_t is int64_t:
        return False
    else:
        return val != val


def group_add(add_t[:, ::1] out, int64_t[::1] counts, const add_t[:, :] values,
              const intp_t[::1] labels, Py_ssize_t min_count=0):
    """out[g, j] = sum of values[i, j] over rows i with labels[i] == g,
    skipping NaN; groups with fewer than min_count values get NaN (0 for ints)."""
    cdef:
        Py_ssize_t row, col, n_rows, n_cols
        intp_t g
        add_t[:, ::1] totals
        int64_t[:, ::1] n_valid
    if len(values) != len(labels):
        raise ValueError("len(index) != len(labels)")
    n_rows, n_cols = values.shape[0], values.shape[1]
    totals = np.zeros_like(out)
    n_valid = np.zeros((out.shape[0], out.shape[1]), dtype=np.int64)
    with nogil:
        for row in range(n_rows):
            g = labels[row]
            if g < 0:
                continue
            counts[g] += 1
            for col in range(n_cols):
                if _is_nan(values[row, col]):
                    continue
                n_valid[g, col] += 1
                totals[g, col] += values[row, col]
        for g in range(len(counts)):
            for col in range(n_cols):
                if n_valid[g, col] >= min_count:
                    out[g, col] = totals[g, col]
                elif add_t is int64_t:
                    out[g, col] = 0
                else:
                    out[g, col] = <add_t>NaN


@cython.cdivision(True)
def group_mean(float64_t[:, ::1] out, int64_t[::1] counts, const float64_t[:, ::1] values,
               const intp_t[::1] labels):
    cdef Py_ssize_t i, j, lab
    cdef float64_t[:, ::1] sumx = np.zeros_like(out)
    cdef int64_t[:, ::1] nobs = np.zeros((out.shape[0], out.shape[1]), dtype=np.int64)
    for i in range(values.shape[0]):
        lab = labels[i]
        if lab < 0:
            continue
        counts[lab] += 1
        for j in range(values.shape[1]):
            if values[i, j] == values[i, j]:
                nobs[lab, j] += 1
                sumx[lab, j] += values[i, j]
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = sumx[i, j] / nobs[i, j] if nobs[i, j] else NaN


cdef Py_ssize_t N = 17, K = 3, ngroups = 4, i, j
cdef float64_t[:, ::1] v64 = np.empty((N, K), dtype=np.float64)
cdef float32_t[:, ::1] v32 = np.empty((N, K), dtype=np.float32)
cdef int64_t[:, ::1] vi = np.empty((N, K), dtype=np.int64)
cdef intp_t[::1] labels = np.empty(N, dtype=np.intp)
for i in range(N):
    labels[i] = (i * 3) % 5 - 1          # -1 drops the row
    for j in range(K):
        vi[i, j] = (i + 1) * (j + 1) % 7 - 3
        v64[i, j] = vi[i, j] * 0.5
        v32[i, j] = <float32_t>(vi[i, j] * 0.25)
    if i % 4 == 1:
        v64[i, 1] = np.nan
        v32[i, 2] = np.nan
cdef float64_t[:, ::1] out64 = np.empty((ngroups, K), dtype=np.float64)
cdef float32_t[:, ::1] out32 = np.empty((ngroups, K), dtype=np.float32)
cdef int64_t[:, ::1] outi = np.empty((ngroups, K), dtype=np.int64)
cdef int64_t[::1] counts = np.zeros(ngroups, dtype=np.int64)
group_add(out64, counts, v64, labels, 3)
print("counts", counts[0], counts[1], counts[2], counts[3])
counts[:] = 0
group_add(out32, counts, v32, labels)
counts[:] = 0
group_add(outi, counts, vi, labels, 4)
for i in range(ngroups):
    print("group", i, "f64", out64[i, 0], out64[i, 1], out64[i, 2],
          "f32", out32[i, 0], out32[i, 2], "i64", outi[i, 0], outi[i, 1], outi[i, 2])
counts[:] = 0
group_mean(out64, counts, v64, labels)
print("means", out64[0, 0], out64[1, 1], out64[2, 2], out64[3, 1])
group_add(out64, counts, v64[:5], labels)
