# scikit-learn style (tree/_partitioner): introsort of feature values that
# carries the sample indices along (median-of-three quicksort falling back
# to heapsort), then a threshold partition and a Gini impurity scan over
# the sorted samples.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.math cimport log2

cnp.import_array()

ctypedef cnp.float32_t float32_t
ctypedef cnp.float64_t float64_t
ctypedef cnp.intp_t intp_t


cdef inline void swap(float32_t* feature_values, intp_t* samples,
                      intp_t i, intp_t j) noexcept nogil:
    feature_values[i], feature_values[j] = feature_values[j], feature_values[i]
    samples[i], samples[j] = samples[j], samples[i]


cdef inline float32_t median3(float32_t* fv, intp_t n) noexcept nogil:
    cdef float32_t lo = fv[0], mid = fv[n // 2], hi = fv[n - 1]
    if lo > mid:
        lo, mid = mid, lo
    if mid > hi:
        mid, hi = hi, mid
    if lo > mid:
        lo, mid = mid, lo
    return mid


cdef void heapsort(float32_t* fv, intp_t* samples, intp_t n) noexcept nogil:
    cdef intp_t size, parent, node, child
    for size in range(n, 1, -1):
        if size == n:
            # heapify: sift every parent down, last first
            parent = n // 2
            while parent > 0:
                parent -= 1
                node = parent
                while 2 * node + 1 < n:
                    child = 2 * node + 1
                    if child + 1 < n and fv[child + 1] > fv[child]:
                        child += 1
                    if fv[child] <= fv[node]:
                        break
                    swap(fv, samples, node, child)
                    node = child
        # move the maximum behind the heap, then restore the heap on size - 1
        swap(fv, samples, 0, size - 1)
        node = 0
        while 2 * node + 1 < size - 1:
            child = 2 * node + 1
            if child + 1 < size - 1 and fv[child + 1] > fv[child]:
                child += 1
            if fv[child] <= fv[node]:
                break
            swap(fv, samples, node, child)
            node = child


cdef void introsort(float32_t* fv, intp_t* samples, intp_t n, int maxd) noexcept nogil:
    cdef float32_t pivot
    cdef intp_t i, l, r
    while n > 1:
        if maxd <= 0:
            heapsort(fv, samples, n)
            return
        maxd -= 1
        pivot = median3(fv, n)
        # three-way partition
        i = l = 0
        r = n
        while i < r:
            if fv[i] < pivot:
                swap(fv, samples, i, l)
                i += 1
                l += 1
            elif fv[i] > pivot:
                r -= 1
                swap(fv, samples, i, r)
            else:
                i += 1
        introsort(fv, samples, l, maxd)
        fv += r
        samples += r
        n -= r


cdef inline void sort(float32_t* fv, intp_t* samples, intp_t n) noexcept nogil:
    if n == 0:
        return
    cdef int maxd = 2 * <int>log2(n)
    introsort(fv, samples, n, maxd)


def best_gini_split(float32_t[::1] fv, intp_t[::1] samples, const intp_t[::1] y,
                    int max_depth_override=-1):
    cdef intp_t n = fv.shape[0], i, left_pos = 0, best_pos = -1
    cdef float64_t n_left_pos, gini, best = 2.0
    cdef intp_t total_pos = 0
    with nogil:
        if max_depth_override >= 0:
            introsort(&fv[0], &samples[0], n, max_depth_override)
        else:
            sort(&fv[0], &samples[0], n)
        for i in range(n):
            total_pos += y[samples[i]]
        for i in range(1, n):
            left_pos += y[samples[i - 1]]
            if fv[i] == fv[i - 1]:
                continue
            n_left_pos = left_pos
            gini = (i * (n_left_pos / i) * (1 - n_left_pos / i)
                    + (n - i) * ((total_pos - left_pos) / <float64_t>(n - i))
                    * (1 - (total_pos - left_pos) / <float64_t>(n - i))) / n
            if gini < best:
                best = gini
                best_pos = i
    return best_pos


cdef intp_t n = 40, i
cdef float32_t[::1] fv = np.empty(n, dtype=np.float32)
cdef intp_t[::1] samples = np.empty(n, dtype=np.intp)
cdef intp_t[::1] y = np.zeros(n, dtype=np.intp)
for i in range(n):
    fv[i] = ((i * 13) % 17) * 0.5
    samples[i] = i
    y[i] = 1 if fv[i] > 4.0 or i % 9 == 0 else 0
cdef intp_t pos = best_gini_split(fv, samples, y)
print("split at", pos, "threshold", (fv[pos - 1] + fv[pos]) / 2)
print("first", fv[0], samples[0], "last", fv[n - 1], samples[n - 1])
cdef intp_t checksum = 0
for i in range(n):
    checksum = (checksum * 31 + samples[i]) % 1000003
print("order checksum", checksum)

# force the heapsort fallback
for i in range(n):
    fv[i] = ((i * 7) % 23) - 11
    samples[i] = i
pos = best_gini_split(fv, samples, y, 0)
checksum = 0
for i in range(n):
    checksum = (checksum * 31 + <intp_t>fv[i] + 11) % 1000003
print("heapsort split", pos, "values checksum", checksum, fv[0], fv[n - 1])
