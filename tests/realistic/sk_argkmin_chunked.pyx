# scikit-learn style (metrics/_pairwise_distances_reduction ArgKmin): the k
# nearest rows of Y for every row of X, computed chunk by chunk with
# per-chunk heaps from another project module (cimport of _heap, whose
# .pxd declares fused cdef functions), types from a shared _typedefs.pxd.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating
from cython.parallel cimport prange
from libc.math cimport INFINITY, sqrt

from _typedefs cimport float64_t, intp_t, int32_t
from _heap cimport heap_push, simultaneous_sort

cnp.import_array()


cdef void _compute_chunk(const floating[:, ::1] X, const floating[:, ::1] Y,
                         intp_t x_start, intp_t x_end, intp_t y_start, intp_t y_end,
                         floating[:, ::1] heaps_r_distances,
                         intp_t[:, ::1] heaps_indices) noexcept nogil:
    cdef intp_t i, j, f, k = heaps_indices.shape[1]
    cdef floating d, t
    for i in range(x_start, x_end):
        for j in range(y_start, y_end):
            d = 0
            for f in range(X.shape[1]):
                t = X[i, f] - Y[j, f]
                d = d + t * t
            heap_push(&heaps_r_distances[i, 0], &heaps_indices[i, 0], k, d, j)


def argkmin(const floating[:, ::1] X, const floating[:, ::1] Y, intp_t k,
            intp_t chunk_size=3, bint return_distance=False):
    cdef:
        intp_t n_x = X.shape[0], n_y = Y.shape[0]
        intp_t n_x_chunks = (n_x + chunk_size - 1) // chunk_size
        intp_t n_y_chunks = (n_y + chunk_size - 1) // chunk_size
        intp_t xc, yc, i, j
        floating[:, ::1] dist
        intp_t[:, ::1] indices = np.full((n_x, k), -1, dtype=np.intp)
    if floating is float:
        dist = np.full((n_x, k), INFINITY, dtype=np.float32)
    else:
        dist = np.full((n_x, k), INFINITY, dtype=np.float64)
    for xc in prange(n_x_chunks, nogil=True):
        for yc in range(n_y_chunks):
            _compute_chunk(X, Y, xc * chunk_size, min((xc + 1) * chunk_size, n_x),
                           yc * chunk_size, min((yc + 1) * chunk_size, n_y),
                           dist, indices)
    with nogil:
        for i in range(n_x):
            simultaneous_sort(&dist[i, 0], &indices[i, 0], k)
            if return_distance:
                for j in range(k):
                    dist[i, j] = sqrt(dist[i, j])
    return np.asarray(indices)


cdef intp_t n_x = 7, n_y = 11, k = 3, i, j
cdef float64_t[:, ::1] X = np.empty((n_x, 3), dtype=np.float64)
cdef float64_t[:, ::1] Y = np.empty((n_y, 3), dtype=np.float64)
cdef float[:, ::1] Xf = np.empty((n_x, 3), dtype=np.float32)
cdef float[:, ::1] Yf = np.empty((n_y, 3), dtype=np.float32)
for i in range(n_x):
    for j in range(3):
        X[i, j] = (i * (j + 2)) % 5
        Xf[i, j] = <float>X[i, j]
for i in range(n_y):
    for j in range(3):
        Y[i, j] = (i + 2 * j) % 4 + 0.5 * (i % 2)
        Yf[i, j] = <float>Y[i, j]

cdef intp_t[:, ::1] nn = argkmin(X, Y, k)
cdef intp_t[:, ::1] nnf = argkmin(Xf, Yf, k, 4, True)
cdef int32_t agree = 0
for i in range(n_x):
    print("x", i, "->", nn[i, 0], nn[i, 1], nn[i, 2])
    for j in range(k):
        agree += nn[i, j] == nnf[i, j]
print("float32 agrees on", agree, "of", n_x * k)
