# scikit-learn style (neighbors/_binary_tree, utils/_sorting): brute-force
# k-nearest neighbours kept in a fixed-size max-heap per query, then the
# (distance, index) pairs sorted together by a recursive quicksort whose
# swaps are tuple assignments.
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


cdef int simultaneous_sort(float64_t* dist, intp_t* idx, intp_t size) noexcept nogil:
    cdef intp_t pivot_idx, i, store_idx
    cdef float64_t pivot_val
    if size <= 1:
        pass
    elif size == 2:
        if dist[0] > dist[1]:
            dual_swap(dist, idx, 0, 1)
    elif size == 3:
        if dist[0] > dist[1]:
            dual_swap(dist, idx, 0, 1)
        if dist[1] > dist[2]:
            dual_swap(dist, idx, 1, 2)
            if dist[0] > dist[1]:
                dual_swap(dist, idx, 0, 1)
    else:
        pivot_idx = size // 2
        if dist[0] > dist[size - 1]:
            dual_swap(dist, idx, 0, size - 1)
        if dist[size - 1] > dist[pivot_idx]:
            dual_swap(dist, idx, size - 1, pivot_idx)
            if dist[0] > dist[size - 1]:
                dual_swap(dist, idx, 0, size - 1)
        pivot_val = dist[size - 1]
        store_idx = 0
        for i in range(size - 1):
            if dist[i] < pivot_val:
                dual_swap(dist, idx, i, store_idx)
                store_idx += 1
        dual_swap(dist, idx, store_idx, size - 1)
        pivot_idx = store_idx
        if pivot_idx > 1:
            simultaneous_sort(dist, idx, pivot_idx)
        if pivot_idx + 2 < size:
            simultaneous_sort(dist + pivot_idx + 1, idx + pivot_idx + 1,
                              size - pivot_idx - 1)
    return 0


cdef int heap_push(float64_t* values, intp_t* indices, intp_t size,
                   float64_t val, intp_t val_idx) noexcept nogil:
    cdef intp_t current_idx, left_child_idx, right_child_idx, swap_idx
    if val >= values[0]:
        return 0
    values[0] = val
    indices[0] = val_idx
    current_idx = 0
    while True:
        left_child_idx = 2 * current_idx + 1
        right_child_idx = left_child_idx + 1
        if left_child_idx >= size:
            break
        elif right_child_idx >= size:
            if values[left_child_idx] > val:
                swap_idx = left_child_idx
            else:
                break
        elif values[left_child_idx] >= values[right_child_idx]:
            if val < values[left_child_idx]:
                swap_idx = left_child_idx
            else:
                break
        else:
            if val < values[right_child_idx]:
                swap_idx = right_child_idx
            else:
                break
        values[current_idx] = values[swap_idx]
        indices[current_idx] = indices[swap_idx]
        current_idx = swap_idx
    values[current_idx] = val
    indices[current_idx] = val_idx
    return 0


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
