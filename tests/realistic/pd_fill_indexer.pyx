# pandas style (_libs/algos.pyx pad / backfill / is_monotonic): forward and
# backward fill indexers between two sorted int64 indexes with a fill
# limit, in-place pad of float values with a NaN mask, and is_monotonic
# returning a (bint, bint, bint) ctuple from a cdef function.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, int64_t, intp_t, uint8_t

cnp.import_array()


cdef (bint, bint, bint) is_monotonic(const int64_t[:] arr) noexcept nogil:
    """(is_monotonic_inc, is_monotonic_dec, is_strict_monotonic)"""
    cdef Py_ssize_t i, n = arr.shape[0]
    cdef bint is_monotonic_inc = 1, is_monotonic_dec = 1, is_unique = 1
    cdef int64_t prev, cur
    if n == 1:
        return True, True, True
    elif n < 2:
        return True, True, True
    prev = arr[0]
    for i in range(1, n):
        cur = arr[i]
        if cur < prev:
            is_monotonic_inc = 0
        elif cur > prev:
            is_monotonic_dec = 0
        elif cur == prev:
            is_unique = 0
        if not is_monotonic_inc and not is_monotonic_dec:
            break
        prev = cur
    return is_monotonic_inc, is_monotonic_dec, is_unique and (is_monotonic_inc or is_monotonic_dec)


def pad(const int64_t[:] old, const int64_t[:] new, Py_ssize_t limit=-1):
    cdef Py_ssize_t i, j, nleft = old.shape[0], nright = new.shape[0], fill_count = 0
    cdef intp_t[::1] indexer = np.full(nright, -1, dtype=np.intp)
    cdef int lim
    cdef int64_t cur, next_val
    if limit == -1:
        lim = nright
    else:
        if limit < 1:
            raise ValueError(f"Limit must be greater than 0, got {limit}")
        lim = limit
    if nleft == 0 or nright == 0 or new[nright - 1] < old[0]:
        return np.asarray(indexer)
    i = j = 0
    cur = old[0]
    while j <= nright - 1 and new[j] < cur:
        j += 1
    while True:
        if j == nright:
            break
        if i == nleft - 1:
            while j < nright:
                if new[j] == cur:
                    indexer[j] = i
                elif new[j] > cur and fill_count < lim:
                    indexer[j] = i
                    fill_count += 1
                j += 1
            break
        next_val = old[i + 1]
        while j < nright and cur <= new[j] < next_val:
            if new[j] == cur:
                indexer[j] = i
            elif fill_count < lim:
                indexer[j] = i
                fill_count += 1
            j += 1
        fill_count = 0
        i += 1
        cur = next_val
    return np.asarray(indexer)


def pad_inplace(float64_t[:] values, uint8_t[:] mask, int limit=-1):
    cdef Py_ssize_t i, N = values.shape[0], fill_count = 0
    cdef float64_t val
    if N == 0:
        return
    if limit < 0:
        limit = N
    val = values[0]
    for i in range(N):
        if mask[i]:
            if fill_count >= limit:
                continue
            fill_count += 1
            values[i] = val
            mask[i] = False
        else:
            fill_count = 0
            val = values[i]


cdef Py_ssize_t i
cdef int64_t[::1] old = np.empty(6, dtype=np.int64)
cdef int64_t[::1] new = np.empty(15, dtype=np.int64)
for i in range(6):
    old[i] = i * i * 2 + 1
for i in range(15):
    new[i] = i * 4 - 3
cdef (bint, bint, bint) mono = is_monotonic(old)
print("old monotonic:", mono[0], mono[1], mono[2])
mono = is_monotonic(new[::-1])
print("new reversed:", mono[0], mono[1], mono[2])
new[3] = new[2]
mono = is_monotonic(new)
print("with a duplicate:", mono[0], mono[1], mono[2])
new[3] = 9
cdef intp_t[::1] ind = pad(old, new)
cdef intp_t[::1] ind_lim = pad(old, new, limit=1)
for i in range(15):
    print(new[i], ind[i], ind_lim[i])
cdef float64_t[::1] vals = np.empty(10, dtype=np.float64)
cdef uint8_t[::1] mask = np.zeros(10, dtype=np.uint8)
for i in range(10):
    vals[i] = i * 1.5
    mask[i] = i % 4 != 0
pad_inplace(vals, mask, 2)
print("padded", vals[1], vals[2], vals[3], vals[7], "still masked", mask[3], mask[7])
pad(old, new, limit=0)
