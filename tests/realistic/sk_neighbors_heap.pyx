# scikit-learn style (neighbors/_binary_tree, utils/_sorting): brute-force
# k-nearest neighbours kept in a fixed-size max-heap per query, then the
# (distance, index) pairs sorted together (Hoare quicksort over pointer
# offsets, insertion sort for short runs) with tuple-assignment swaps.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.math cimport INFINITY, sqrt

cnp.import_array()

ctypedef cnp.float64_t float64_t
ctypedef cnp.intp_t intp_t


cdef inline void dual_swap(float64_t* darr, intp_t* iarr,
                           intp_t a, intp_t b) noexcept nogil:
    darr[a], darr[b] = darr[b], darr[a]
    iarr[a], iarr[b] = iarr[b], iarr[a]


cdef void simultaneous_sort(float64_t* dist, intp_t* idx, intp_t size) noexcept nogil:
    """Sort dist ascending, applying the same permutation to idx."""
    cdef intp_t lo, hi, i, j
    cdef float64_t pivot
    while size > 8:
        # Hoare partition around the middle element, recurse on the smaller side
        pivot = dist[size // 2]
        lo = -1
        hi = size
        while True:
            lo += 1
            while dist[lo] < pivot:
                lo += 1
            hi -= 1
            while dist[hi] > pivot:
                hi -= 1
            if lo >= hi:
                break
            dual_swap(dist, idx, lo, hi)
        if hi + 1 < size - hi - 1:
            simultaneous_sort(dist, idx, hi + 1)
            dist += hi + 1
            idx += hi + 1
            size -= hi + 1
        else:
            simultaneous_sort(dist + hi + 1, idx + hi + 1, size - hi - 1)
            size = hi + 1
    for i in range(1, size):
        j = i
        while j > 0 and dist[j - 1] > dist[j]:
            dual_swap(dist, idx, j - 1, j)
            j -= 1


cdef void heap_push(float64_t* values, intp_t* indices, intp_t size,
                    float64_t val, intp_t val_idx) noexcept nogil:
    """Max-heap of the `size` smallest values seen: replace the root if val is smaller."""
    cdef intp_t node = 0, child
    if not val < values[0]:
        return
    while True:
        child = 2 * node + 1
        if child >= size:
            break
        if child + 1 < size and values[child + 1] > values[child]:
            child += 1
        if values[child] <= val:
            break
        values[node] = values[child]
        indices[node] = indices[child]
        node = child
    values[node] = val
    indices[node] = val_idx


def kneighbors_brute(const float64_t[:, ::1] X, const float64_t[:, ::1] Q, intp_t k,
                     float64_t[:, ::1] dist_out):
    cdef intp_t n_q = Q.shape[0], n_x = X.shape[0], n_f = X.shape[1]
    cdef intp_t i, j, f
    cdef float64_t d, t
    cdef intp_t[:, ::1] ind_out = np.empty((n_q, k), dtype=np.intp)
    with nogil:
        for i in range(n_q):
            for j in range(k):
                dist_out[i, j] = INFINITY
                ind_out[i, j] = -1
            for j in range(n_x):
                d = 0
                for f in range(n_f):
                    t = Q[i, f] - X[j, f]
                    d += t * t
                heap_push(&dist_out[i, 0], &ind_out[i, 0], k, d, j)
            simultaneous_sort(&dist_out[i, 0], &ind_out[i, 0], k)
            for j in range(k):
                dist_out[i, j] = sqrt(dist_out[i, j])
    return np.asarray(ind_out)


cdef intp_t n_x = 20, n_q = 4, k = 5, i, j
cdef float64_t[:, ::1] X = np.empty((n_x, 2), dtype=np.float64)
cdef float64_t[:, ::1] Q = np.empty((n_q, 2), dtype=np.float64)
for i in range(n_x):
    X[i, 0] = (i * 7) % 11
    X[i, 1] = (i * 3) % 8
for i in range(n_q):
    Q[i, 0] = 2.0 * i + 1
    Q[i, 1] = 5.0 - i
cdef float64_t[:, ::1] dist = np.zeros((n_q, k))
cdef intp_t[:, ::1] ind = kneighbors_brute(X, Q, k, dist)
for i in range(n_q):
    print("query", i, "idx", ind[i, 0], ind[i, 1], ind[i, 2], ind[i, 3], ind[i, 4])
    print("   dist", dist[i, 0], dist[i, 1], dist[i, 2], dist[i, 3], dist[i, 4])

# sort a longer array on its own
cdef float64_t[::1] vals = np.empty(31, dtype=np.float64)
cdef intp_t[::1] idx = np.arange(31, dtype=np.intp)
for i in range(31):
    vals[i] = (i * 17) % 31 - 15.5
simultaneous_sort(&vals[0], &idx[0], 31)
cdef intp_t ok = 1
for i in range(30):
    if vals[i] > vals[i + 1]:
        ok = 0
print("sorted:", ok, vals[0], idx[0], vals[15], idx[15], vals[30], idx[30])
