# scikit-learn style: one Lloyd iteration of k-means on dense data, chunked
# over samples by a prange inside `with nogil, parallel():`, each thread
# accumulating into its own calloc'd buffer merged under `with gil`, chunk
# bounds from a ctuple helper, fused on floating (FLT_MAX / DBL_MAX chosen
# by `floating is float`), then the centers averaged and their shift measured.
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
                        const floating[:, ::1] centers, int lo, int hi,
                        int[::1] labels, floating* partial, int stride) noexcept nogil:
    """Label samples lo..hi-1 with their nearest center and add them, weighted,
    to that center's row of `partial` (sums, then total weight)."""
    cdef:
        int i, c, f, nearest
        floating dist, best, t
        floating huge = FLT_MAX if floating is float else DBL_MAX
    for i in range(lo, hi):
        best = huge
        nearest = 0
        for c in range(centers.shape[0]):
            dist = 0
            for f in range(centers.shape[1]):
                t = X[i, f] - centers[c, f]
                dist += t * t
            if dist < best:
                best, nearest = dist, c
        labels[i] = nearest
        for f in range(centers.shape[1]):
            partial[nearest * stride + f] += X[i, f] * sample_weight[i]
        partial[nearest * stride + centers.shape[1]] += sample_weight[i]


cdef inline (int, int) _chunk_bounds(int chunk, int n_samples) noexcept nogil:
    cdef int first = chunk * CHUNK_SIZE
    return first, min(first + CHUNK_SIZE, n_samples)


def lloyd_iter_dense(const floating[:, ::1] X, const floating[::1] sample_weight,
                     const floating[:, ::1] centers_old, floating[:, ::1] centers_new,
                     floating[::1] weight_in_clusters, int[::1] labels,
                     floating[::1] center_shift):
    cdef:
        int n_features = X.shape[1]
        int n_clusters = centers_old.shape[0]
        int stride = n_features + 1          # per cluster: weighted sums, then weight
        int chunk, lo, hi, c, f
        floating* partial                    # one private buffer per thread
        floating diff, moved

    memset(&centers_new[0, 0], 0, n_clusters * n_features * sizeof(floating))
    memset(&weight_in_clusters[0], 0, n_clusters * sizeof(floating))

    with nogil, parallel(num_threads=2):
        partial = <floating*> calloc(n_clusters * stride, sizeof(floating))
        for chunk in prange((X.shape[0] + CHUNK_SIZE - 1) // CHUNK_SIZE, schedule='static'):
            lo, hi = _chunk_bounds(chunk, X.shape[0])
            _update_chunk(X, sample_weight, centers_old, lo, hi, labels, partial, stride)
        with gil:
            for c in range(n_clusters):
                for f in range(n_features):
                    centers_new[c, f] += partial[c * stride + f]
                weight_in_clusters[c] += partial[c * stride + n_features]
        free(partial)

    for c in range(n_clusters):
        moved = 0
        for f in range(n_features):
            if weight_in_clusters[c] > 0:
                centers_new[c, f] /= weight_in_clusters[c]
            diff = centers_new[c, f] - centers_old[c, f]
            moved += diff * diff
        center_shift[c] = sqrt(moved)


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
