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
        Py_ssize_t row
        integral k
        floating acc
        DOUBLE[::1] norms = np.zeros(n_samples, dtype=np.float64)
    with nogil:
        for row in range(n_samples):
            acc = 0.0
            k = X_indptr[row]
            while k < X_indptr[row + 1]:
                acc += X_data[k] * X_data[k]
                k += 1
            norms[row] = acc
    return np.asarray(norms)


cdef void _scale_rows(floating[::1] X_data, const integral[::1] X_indptr,
                      Py_ssize_t n_samples, bint l2) noexcept nogil:
    cdef Py_ssize_t row
    cdef integral k
    cdef double norm
    for row in range(n_samples):
        norm = 0.0
        for k in range(X_indptr[row], X_indptr[row + 1]):
            norm += X_data[k] * X_data[k] if l2 else fabs(X_data[k])
        if norm == 0.0:
            continue          # empty or all-zero rows stay as they are
        if l2:
            norm = sqrt(norm)
        for k in range(X_indptr[row], X_indptr[row + 1]):
            X_data[k] /= norm


def inplace_csr_row_normalize_l1(floating[::1] X_data, const integral[::1] X_indptr,
                                 Py_ssize_t n_samples):
    _scale_rows(X_data, X_indptr, n_samples, False)


def inplace_csr_row_normalize_l2(floating[::1] X_data, const integral[::1] X_indptr,
                                 Py_ssize_t n_samples):
    _scale_rows(X_data, X_indptr, n_samples, True)


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
