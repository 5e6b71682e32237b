# scikit-learn style (sparsefuncs_fast): per-column mean and variance of a
# CSR matrix with sample weights in two passes over indptr/indices/data,
# ignoring NaN entries, implicit zeros counted, accumulators allocated with
# np.zeros / np.full and filled by a slice assignment from a C scalar.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating
from libc.math cimport isnan

cnp.import_array()

ctypedef cnp.float64_t DOUBLE


def csr_mean_variance_axis0(const floating[::1] X_data,
                            const cnp.int32_t[::1] X_indices,
                            const cnp.int32_t[::1] X_indptr,
                            Py_ssize_t n_samples, Py_ssize_t n_features,
                            const floating[::1] weights,
                            floating[::1] means, floating[::1] variances):
    """Weighted mean and variance of every column; a stored NaN removes its
    row from that column, implicit zeros count as observations of 0."""
    cdef:
        Py_ssize_t row, col
        cnp.int32_t k
        DOUBLE w, d, total_w = 0
        # per column: weight of the rows that are not NaN, and of the stored ones
        DOUBLE[::1] w_valid = np.full(n_features, 0.0, dtype=np.float64)
        DOUBLE[::1] w_stored = np.zeros(n_features, dtype=np.float64)
        DOUBLE[::1] acc = np.zeros(n_features, dtype=np.float64)
        cnp.int64_t[::1] counts = np.full(n_features, n_samples, dtype=np.int64)

    for row in range(n_samples):
        total_w += weights[row]
    w_valid[:] = total_w
    # pass 1: weighted sums of the stored values -> means
    for row in range(n_samples):
        w = weights[row]
        for k in range(X_indptr[row], X_indptr[row + 1]):
            col = X_indices[k]
            if isnan(X_data[k]):
                w_valid[col] -= w
                counts[col] -= 1
            else:
                acc[col] += X_data[k] * w
                w_stored[col] += w
    for col in range(n_features):
        means[col] = <floating>(acc[col] / w_valid[col])
        # the implicit zeros each contribute w * (0 - mean)^2
        acc[col] = (w_valid[col] - w_stored[col]) * means[col] * means[col]
    # pass 2: squared deviations of the stored values
    for row in range(n_samples):
        w = weights[row]
        for k in range(X_indptr[row], X_indptr[row + 1]):
            if not isnan(X_data[k]):
                d = X_data[k] - means[X_indices[k]]
                acc[X_indices[k]] += w * d * d
    for col in range(n_features):
        variances[col] = <floating>(acc[col] / w_valid[col])
    return np.asarray(counts)


cdef Py_ssize_t n_samples = 8, n_features = 4, r, c, nnz = 0
cdef cnp.int32_t[::1] indptr = np.zeros(n_samples + 1, dtype=np.int32)
cdef cnp.int32_t[::1] indices = np.zeros(n_samples * n_features, dtype=np.int32)
cdef double[::1] data = np.zeros(n_samples * n_features, dtype=np.float64)
cdef double[::1] w = np.ones(n_samples, dtype=np.float64)
for r in range(n_samples):
    w[r] = 1.0 + (r % 3 == 0)
    for c in range(n_features):
        if (r * c + r) % 3 != 1:
            indices[nnz] = c
            data[nnz] = (r - c) * 0.5 if (r + c) % 7 != 3 else float("nan")
            nnz += 1
    indptr[r + 1] = nnz
cdef double[::1] means = np.empty(n_features, dtype=np.float64)
cdef double[::1] variances = np.empty_like(means)
cdef cnp.int64_t[::1] counts_v = csr_mean_variance_axis0(
    data, indices, indptr, n_samples, n_features, w, means, variances)
print("nnz", nnz)
for c in range(n_features):
    print("col", c, "count", counts_v[c], "mean", means[c], "var", variances[c])
