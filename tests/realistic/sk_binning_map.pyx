# scikit-learn style (ensemble/_hist_gradient_boosting/_binning): map real
# values to uint8 bins by binary search over per-feature thresholds, NaN to
# the last bin, in a prange over features; thresholds come from midpoints
# of distinct sorted values.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython.parallel cimport prange
from libc.math cimport isnan

cnp.import_array()

ctypedef cnp.npy_float64 X_DTYPE_C
ctypedef cnp.npy_uint8 X_BINNED_DTYPE_C


cdef void _map_col_to_bins(const X_DTYPE_C[:] data, const X_DTYPE_C[:] binning_thresholds,
                           const int n_thresholds, const unsigned char missing_values_bin_idx,
                           X_BINNED_DTYPE_C[:] binned) noexcept nogil:
    """bin = number of thresholds strictly below the value (thresholds sorted)."""
    cdef int i, pos, step
    cdef X_DTYPE_C v
    for i in range(data.shape[0]):
        v = data[i]
        if isnan(v):
            binned[i] = missing_values_bin_idx
            continue
        # galloping count: largest pos with thresholds[pos - 1] < v
        pos = 0
        step = 1
        while step < n_thresholds:
            step <<= 1
        while step > 0:
            if pos + step <= n_thresholds and binning_thresholds[pos + step - 1] < v:
                pos += step
            step >>= 1
        binned[i] = pos


def _map_to_bins(const X_DTYPE_C[:, :] data, const X_DTYPE_C[:, ::1] thresholds,
                 const cnp.int32_t[::1] n_thresholds,
                 const unsigned char missing_values_bin_idx,
                 X_BINNED_DTYPE_C[::1, :] binned):
    cdef int feature_idx
    for feature_idx in prange(data.shape[1], schedule='static', nogil=True):
        _map_col_to_bins(data[:, feature_idx], thresholds[feature_idx],
                         n_thresholds[feature_idx], missing_values_bin_idx,
                         binned[:, feature_idx])


cdef int _distinct_midpoints(X_DTYPE_C[::1] sorted_col, X_DTYPE_C[::1] out) noexcept nogil:
    cdef int i, n = 0
    for i in range(1, sorted_col.shape[0]):
        if sorted_col[i] != sorted_col[i - 1] and not isnan(sorted_col[i]):
            out[n] = (sorted_col[i] + sorted_col[i - 1]) * 0.5
            n += 1
    return n


cdef int n_samples = 12, n_features = 3, max_bins = 6, i, f
cdef X_DTYPE_C[:, ::1] X = np.empty((n_samples, n_features), dtype=np.float64)
cdef X_DTYPE_C[::1] col = np.empty(n_samples, dtype=np.float64)
cdef X_DTYPE_C[:, ::1] thresholds = np.zeros((n_features, max_bins), dtype=np.float64)
cdef cnp.int32_t[::1] n_thr = np.zeros(n_features, dtype=np.int32)
cdef X_BINNED_DTYPE_C[::1, :] binned = np.zeros((n_samples, n_features), dtype=np.uint8, order='F')
cdef X_DTYPE_C tmp
cdef int a, b
for i in range(n_samples):
    X[i, 0] = i % 4
    X[i, 1] = (i * 5) % 7 * 0.25
    X[i, 2] = i // 3 if i % 5 else float("nan")
for f in range(n_features):
    # insertion sort of one column (NaN last)
    for i in range(n_samples):
        col[i] = X[i, f]
    for a in range(1, n_samples):
        b = a
        while b > 0 and (isnan(col[b - 1]) and not isnan(col[b]) or col[b - 1] > col[b]):
            col[b - 1], col[b] = col[b], col[b - 1]
            b -= 1
    n_thr[f] = min(_distinct_midpoints(col, thresholds[f]), max_bins - 1)

_map_to_bins(X, thresholds, n_thr, max_bins - 1, binned)
for f in range(n_features):
    print("feature", f, "thresholds", n_thr[f], "first", thresholds[f, 0], "last", thresholds[f, n_thr[f] - 1])
for i in range(n_samples):
    print(i, binned[i, 0], binned[i, 1], binned[i, 2])
print("F strides", binned.strides[0], binned.strides[1])
