# scikit-learn style (sparsefuncs_fast): squared row norms of a CSR matrix and
# in-place L1 / L2 row normalisation, fused on the data dtype and on the
# integer dtype of indptr/indices (`ctypedef fused integral`).
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating
from libc.math cimport fabs, sqrt

cnp.import_array()

ctypedef fused integral:
    int
    long long

ctypedef cnp.float64_t DOUBLE


def csr_row_norms(const floating[::1] X_data, const integral[::1] X_indptr,
                  Py_ssize_t n_samples):
    cdef:
        Py_ssize_t i
        integral j
        floating sum_
        DOUBLE[::1] norms = np.zeros(n_samples, dtype=np.float64)
    with nogil:
        for i in range(n_samples):
            sum_ = 0.0
            for j in range(X_indptr[i], X_indptr[i + 1]):
                sum_ += X_data[j] * X_data[j]
            norms[i] = sum_
    return np.asarray(norms)


def inplace_csr_row_normalize_l1(floating[::1] X_data, const integral[::1] X_indptr,
                                 Py_ssize_t n_samples):
    cdef Py_ssize_t i
    cdef integral j
    cdef double sum_
    for i in range(n_samples):
        sum_ = 0.0
        for j in range(X_indptr[i], X_indptr[i + 1]):
            sum_ += fabs(X_data[j])
        if sum_ == 0.0:
            continue
        for j in range(X_indptr[i], X_indptr[i + 1]):
            X_data[j] /= sum_


def inplace_csr_row_normalize_l2(floating[::1] X_data, const integral[::1] X_indptr,
                                 Py_ssize_t n_samples):
    cdef Py_ssize_t i
    cdef integral j
    cdef double sum_
    for i in range(n_samples):
        sum_ = 0.0
        for j in range(X_indptr[i], X_indptr[i + 1]):
            sum_ += X_data[j] * X_data[j]
        if sum_ == 0.0:
            continue
        sum_ = sqrt(sum_)
        for j in range(X_indptr[i], X_indptr[i + 1]):
            X_data[j] /= sum_


# A 6 x 8 CSR matrix with rows of 0..4 stored values.
cdef Py_ssize_t n_rows = 6, nnz = 0, r, k
cdef int[::1] indptr = np.zeros(n_rows + 1, dtype=np.int32)
cdef long long[::1] indptr64 = np.zeros(n_rows + 1, dtype=np.int64)
cdef int[::1] indices = np.empty(16, dtype=np.int32)
cdef double[::1] data = np.empty(16, dtype=np.float64)
cdef float[::1] data32 = np.empty(16, dtype=np.float32)
for r in range(n_rows):
    for k in range(r % 5):
        indices[nnz] = (r + 3 * k) % 8
        data[nnz] = (k + 1) * (1 if (r + k) % 2 == 0 else -1) * 2.0
        data32[nnz] = <float>(data[nnz] / 4)
        nnz += 1
    indptr[r + 1] = nnz
    indptr64[r + 1] = nnz
print("nnz", nnz)

cdef double[::1] norms = csr_row_norms(data[:nnz], indptr, n_rows)
cdef double[::1] norms32 = csr_row_norms(data32[:nnz], indptr64, n_rows)
for r in range(n_rows):
    print("row", r, "norm^2", norms[r], "float32 data:", norms32[r])

inplace_csr_row_normalize_l1(data32, indptr, n_rows)
inplace_csr_row_normalize_l2(data, indptr64, n_rows)
cdef double s1 = 0, s2 = 0
for k in range(nnz):
    s1 += data32[k]
    s2 += data[k] * data[k]
print("l1 rows sum", s1, "l2 rows total", s2)
print("row 3:", data[indptr[3]], data[indptr[3] + 1], data[indptr[3] + 2])
print("row 4 (float32):", data32[indptr[4]], data32[indptr[4] + 3])
