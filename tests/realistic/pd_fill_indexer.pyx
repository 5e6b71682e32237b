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
    """(non-decreasing, non-increasing, strictly monotonic)"""
    cdef Py_ssize_t i
    cdef bint inc = True, dec = True, has_tie = False
    for i in range(1, arr.shape[0]):
        if arr[i] > arr[i - 1]:
            dec = False
        elif arr[i] < arr[i - 1]:
            inc = False
        else:
            has_tie = True
        if not (inc or dec):
            return False, False, False
    return inc, dec, not has_tie


def pad(const int64_t[:] old, const int64_t[:] new, Py_ssize_t limit=-1):
    """indexer[j] = position in `old` of the last label <= new[j], within `limit`
    consecutive fills after an exact match or the start of a run; -1 otherwise."""
    cdef Py_ssize_t j, pos = -1, n_old = old.shape[0], n_new = new.shape[0], run = 0
    cdef intp_t[::1] indexer = np.full(n_new, -1, dtype=np.intp)
    if limit == -1:
        limit = n_new
    elif limit < 1:
        raise ValueError(f"Limit must be greater than 0, got {limit}")
    for j in range(n_new):
        # advance to the last old label not greater than new[j]
        while pos + 1 < n_old and old[pos + 1] <= new[j]:
            pos += 1
            run = 0
        if pos < 0:
            continue
        if old[pos] == new[j]:
            indexer[j] = pos
        elif run < limit:
            indexer[j] = pos
            run += 1
    return np.asarray(indexer)


def pad_inplace(float64_t[:] values, uint8_t[:] mask, Py_ssize_t limit=-1):
    """Fill masked values from the last unmasked one, at most `limit` in a row."""
    cdef Py_ssize_t i, since_valid = 0
    cdef bint seen = False
    for i in range(values.shape[0]):
        if not mask[i]:
            seen = True
            since_valid = 0
        elif seen and (limit < 0 or since_valid < limit):
            values[i] = values[i - 1]
            mask[i] = False
            since_valid += 1


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
