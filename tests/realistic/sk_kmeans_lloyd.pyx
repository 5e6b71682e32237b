# scikit-learn style: one Lloyd iteration of k-means on dense data, chunked
# over samples inside `with nogil, parallel():` with thread-local calloc'd
# buffers, fused on floating, then the centers averaged and their shift
# measured.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating
from cython.parallel cimport prange, parallel
from libc.stdlib cimport calloc, free
from libc.string cimport memset
from libc.float cimport DBL_MAX, FLT_MAX
from libc.math cimport sqrt

cnp.import_array()

cdef int CHUNK_SIZE = 4


cdef void _update_chunk(const floating[:, ::1] X, const floating[::1] sample_weight,
                        const floating[:, ::1] centers_old, int start, int end,
                        int[::1] labels, floating* centers_new,
                        floating* weight_in_clusters) noexcept nogil:
    cdef:
        int n_clusters = centers_old.shape[0]
        int n_features = centers_old.shape[1]
        floating sq_dist, min_sq_dist, d
        floating max_floating = FLT_MAX if floating is float else DBL_MAX
        int i, j, k, label
    for i in range(start, end):
        min_sq_dist = max_floating
        label = 0
        for j in range(n_clusters):
            sq_dist = 0
            for k in range(n_features):
                d = X[i, k] - centers_old[j, k]
                sq_dist += d * d
            if sq_dist < min_sq_dist:
                min_sq_dist = sq_dist
                label = j
        labels[i] = label
        weight_in_clusters[label] += sample_weight[i]
        for k in range(n_features):
            centers_new[label * n_features + k] += X[i, k] * sample_weight[i]


def lloyd_iter_dense(const floating[:, ::1] X, const floating[::1] sample_weight,
                     const floating[:, ::1] centers_old, floating[:, ::1] centers_new,
                     floating[::1] weight_in_clusters, int[::1] labels,
                     floating[::1] center_shift):
    cdef:
        int n_samples = X.shape[0]
        int n_features = X.shape[1]
        int n_clusters = centers_old.shape[0]
        int n_chunks = (n_samples + CHUNK_SIZE - 1) // CHUNK_SIZE
        int chunk_idx, start, end, j, k
        floating* centers_chunk
        floating* weights_chunk
        floating d, acc

    memset(&centers_new[0, 0], 0, n_clusters * n_features * sizeof(floating))
    memset(&weight_in_clusters[0], 0, n_clusters * sizeof(floating))

    with nogil, parallel(num_threads=2):
        centers_chunk = <floating*> calloc(n_clusters * n_features, sizeof(floating))
        weights_chunk = <floating*> calloc(n_clusters, sizeof(floating))
        for chunk_idx in prange(n_chunks, schedule='static'):
            start = chunk_idx * CHUNK_SIZE
            end = min(start + CHUNK_SIZE, n_samples)
            _update_chunk(X, sample_weight, centers_old, start, end, labels,
                          centers_chunk, weights_chunk)
        with gil:
            for j in range(n_clusters):
                weight_in_clusters[j] += weights_chunk[j]
                for k in range(n_features):
                    centers_new[j, k] += centers_chunk[j * n_features + k]
        free(centers_chunk)
        free(weights_chunk)

    for j in range(n_clusters):
        if weight_in_clusters[j] > 0:
            for k in range(n_features):
                centers_new[j, k] /= weight_in_clusters[j]
        acc = 0
        for k in range(n_features):
            d = centers_new[j, k] - centers_old[j, k]
            acc += d * d
        center_shift[j] = sqrt(acc)


cdef int n_samples = 12, n_features = 2, n_clusters = 3
cdef double[:, ::1] X = np.empty((n_samples, n_features), dtype=np.float64)
cdef double[::1] w = np.ones(n_samples, dtype=np.float64)
cdef double[:, ::1] c_old = np.zeros((n_clusters, n_features), dtype=np.float64)
cdef double[:, ::1] c_new = np.zeros_like(c_old)
cdef double[::1] w_in = np.zeros(n_clusters, dtype=np.float64)
cdef double[::1] shift = np.zeros(n_clusters, dtype=np.float64)
cdef int[::1] labels = np.full(n_samples, -1, dtype=np.int32)
cdef int i, it, j

for i in range(n_samples):
    X[i, 0] = (i % 3) * 8 + (i % 4) * 0.5
    X[i, 1] = (i // 3) * 2 - (i % 2)
    if i % 5 == 0:
        w[i] = 2.0
for j in range(n_clusters):
    c_old[j, 0] = X[j * 4, 0]
    c_old[j, 1] = X[j * 4, 1]

for it in range(3):
    lloyd_iter_dense(X, w, c_old, c_new, w_in, labels, shift)
    print("iteration", it, "shift", shift[0], shift[1], shift[2])
    for j in range(n_clusters):
        print("  center", j, c_new[j, 0], c_new[j, 1], "weight", w_in[j])
    c_old[:, :] = c_new
cdef long label_code = 0
for i in range(n_samples):
    label_code = label_code * 3 + labels[i]
print("labels code:", label_code)
