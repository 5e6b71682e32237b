# scikit-learn style (sparsefuncs_fast): per-column mean and variance of a
# CSR matrix with sample weights, ignoring NaN entries, with the result
# accumulators allocated with np.zeros / np.full.
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
    cdef:
        Py_ssize_t row_ind, col_ind
        cnp.int32_t i
        DOUBLE diff
        DOUBLE[::1] sum_weights = np.full(n_features, 0.0, dtype=np.float64)
        DOUBLE[::1] sum_weights_nz = np.zeros(n_features, dtype=np.float64)
        DOUBLE[::1] correction = np.zeros(n_features, dtype=np.float64)
        cnp.int64_t[::1] counts = np.full(n_features, n_samples, dtype=np.int64)
        cnp.int64_t[::1] counts_nz = np.zeros(n_features, dtype=np.int64)
        DOUBLE total_weight = 0

    for row_ind in range(n_samples):
        total_weight += weights[row_ind]
    for col_ind in range(n_features):
        sum_weights[col_ind] = total_weight
        means[col_ind] = 0
        variances[col_ind] = 0

    for row_ind in range(n_samples):
        for i in range(X_indptr[row_ind], X_indptr[row_ind + 1]):
            col_ind = X_indices[i]
            if not isnan(X_data[i]):
                means[col_ind] += <floating>(X_data[i] * weights[row_ind])
                sum_weights_nz[col_ind] += weights[row_ind]
                counts_nz[col_ind] += 1
            else:
                sum_weights[col_ind] -= weights[row_ind]
                counts[col_ind] -= 1

    for col_ind in range(n_features):
        means[col_ind] /= sum_weights[col_ind]

    for row_ind in range(n_samples):
        for i in range(X_indptr[row_ind], X_indptr[row_ind + 1]):
            col_ind = X_indices[i]
            if not isnan(X_data[i]):
                diff = X_data[i] - means[col_ind]
                correction[col_ind] += diff * weights[row_ind]
                variances[col_ind] += <floating>(diff * diff * weights[row_ind])

    for col_ind in range(n_features):
        if counts[col_ind] != counts_nz[col_ind]:
            # the implicit zeros contribute (0 - mean)^2 each
            correction[col_ind] -= (sum_weights[col_ind] - sum_weights_nz[col_ind]) * means[col_ind]
            variances[col_ind] += <floating>(
                (sum_weights[col_ind] - sum_weights_nz[col_ind]) * means[col_ind] * means[col_ind])
        correction[col_ind] = correction[col_ind] * correction[col_ind] / sum_weights[col_ind]
        variances[col_ind] = <floating>((variances[col_ind] - correction[col_ind]) / sum_weights[col_ind])
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
