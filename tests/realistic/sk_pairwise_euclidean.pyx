# scikit-learn style: dense pairwise (squared) Euclidean distances between the
# rows of X and Y, fused on cython.floating, chunked with prange, results
# allocated with np.empty and handed back with np.asarray.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating
from cython.parallel cimport prange
from libc.math cimport sqrt

cnp.import_array()


cdef inline floating _sq_euclidean_row(
    const floating* x, const floating* y, Py_ssize_t n_features
) noexcept nogil:
    cdef floating acc = 0, diff
    cdef Py_ssize_t k
    for k in range(n_features):
        diff = x[k] - y[k]
        acc += diff * diff
    return acc


def euclidean_distances_dense(const floating[:, ::1] X,
                              const floating[:, ::1] Y,
                              bint squared=False):
    cdef:
        Py_ssize_t n_x = X.shape[0]
        Py_ssize_t n_y = Y.shape[0]
        Py_ssize_t n_features = X.shape[1]
        Py_ssize_t i, j
        floating[:, ::1] out

    if Y.shape[1] != n_features:
        raise ValueError(
            "Incompatible dimension for X and Y matrices: "
            "X.shape[1] == %d while Y.shape[1] == %d" % (n_features, Y.shape[1]))

    if floating is float:
        out = np.empty((n_x, n_y), dtype=np.float32)
    else:
        out = np.empty((n_x, n_y), dtype=np.float64)

    with nogil:
        for i in prange(n_x, schedule='static'):
            for j in range(n_y):
                out[i, j] = _sq_euclidean_row(&X[i, 0], &Y[j, 0], n_features)
                if not squared:
                    out[i, j] = sqrt(out[i, j])
    return np.asarray(out)


def row_min_argmin(const cnp.float64_t[:, ::1] D, cnp.intp_t[::1] argmin):
    """Return the row minima and write their column into argmin."""
    cdef Py_ssize_t i, j
    cdef cnp.float64_t best
    cdef cnp.float64_t[::1] mins = np.empty(D.shape[0], dtype=np.float64)
    for i in range(D.shape[0]):
        best = D[i, 0]
        argmin[i] = 0
        for j in range(1, D.shape[1]):
            if D[i, j] < best:
                best = D[i, j]
                argmin[i] = j
        mins[i] = best
    return np.asarray(mins)


cdef Py_ssize_t n_x = 7, n_y = 5, n_feat = 3
cdef double[:, ::1] X = np.zeros((n_x, n_feat), dtype=np.float64)
cdef double[:, ::1] Y = np.zeros((n_y, n_feat), dtype=np.float64)
cdef float[:, ::1] Xf = np.zeros((n_x, n_feat), dtype=np.float32)
cdef float[:, ::1] Yf = np.zeros((n_y, n_feat), dtype=np.float32)
cdef Py_ssize_t i, j
for i in range(n_x):
    for j in range(n_feat):
        X[i, j] = (i * 3 + j * 5) % 7 - 2
        Xf[i, j] = X[i, j] * 0.5
for i in range(n_y):
    for j in range(n_feat):
        Y[i, j] = (i * 2 + j) % 5
        Yf[i, j] = Y[i, j] * 0.5

cdef double[:, ::1] D2 = euclidean_distances_dense(X, Y, squared=True)
cdef double[:, ::1] D = euclidean_distances_dense(X, Y)
cdef float[:, ::1] Df = euclidean_distances_dense(Xf, Yf, True)
cdef double total = 0, total_f = 0
for i in range(n_x):
    for j in range(n_y):
        total += D2[i, j]
        total_f += Df[i, j]
print("sum squared:", total, "float32 sum:", total_f)
print("D[0, :]:", D[0, 0], D[0, 1], D[0, 2], D[0, 3], D[0, 4])
print("D[6, 4]:", D[6, 4], "D2[3, 2]:", D2[3, 2])

cdef cnp.intp_t[::1] arg = np.empty(n_x, dtype=np.intp)
cdef double[::1] mins = row_min_argmin(D2, arg)
for i in range(n_x):
    print(i, arg[i], mins[i])

cdef double[:, ::1] Ybad = np.ones((2, 4), dtype=np.float64)
euclidean_distances_dense(X, Ybad)
