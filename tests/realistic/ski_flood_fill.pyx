# scikit-image style (morphology/_flood_fill_cy, _util): flood fill on a
# raveled, padded image with neighbour offsets in an intp view, a FIFO queue
# in a malloc'd ring buffer, a tolerance band and uint8 flags (UNKNOWN,
# QUEUED, FILL, BORDER) declared as an anonymous enum.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport malloc, free

cnp.import_array()

cdef enum:
    UNKNOWN = 0
    QUEUED = 1
    FILL = 2
    BORDER = 3

ctypedef cnp.float64_t dtype_t


cdef inline bint _in_band(dtype_t v, dtype_t low, dtype_t high) noexcept nogil:
    return low <= v <= high


cdef Py_ssize_t _flood_fill_tolerance(const dtype_t[::1] image, cnp.uint8_t[::1] flags,
                                      const cnp.intp_t[::1] neighbor_offsets,
                                      Py_ssize_t seed, dtype_t low,
                                      dtype_t high) noexcept nogil:
    cdef Py_ssize_t capacity = image.shape[0]
    cdef Py_ssize_t* queue = <Py_ssize_t*>malloc(capacity * sizeof(Py_ssize_t))
    cdef Py_ssize_t head = 0, tail = 0, n_filled = 0, current, neighbor, k
    queue[tail] = seed
    tail = (tail + 1) % capacity
    flags[seed] = QUEUED
    while head != tail:
        current = queue[head]
        head = (head + 1) % capacity
        flags[current] = FILL
        n_filled += 1
        for k in range(neighbor_offsets.shape[0]):
            neighbor = current + neighbor_offsets[k]
            if flags[neighbor] == UNKNOWN and _in_band(image[neighbor], low, high):
                flags[neighbor] = QUEUED
                queue[tail] = neighbor
                tail = (tail + 1) % capacity
    free(queue)
    return n_filled


def flood(const dtype_t[:, ::1] image, Py_ssize_t seed_r, Py_ssize_t seed_c,
          dtype_t tolerance, int connectivity=1):
    cdef Py_ssize_t rows = image.shape[0] + 2, cols = image.shape[1] + 2
    cdef Py_ssize_t r, c, k = 0
    cdef dtype_t seed_value = image[seed_r, seed_c]
    cdef dtype_t[::1] padded = np.zeros(rows * cols, dtype=np.float64)
    cdef cnp.uint8_t[::1] flags = np.zeros(rows * cols, dtype=np.uint8)
    cdef cnp.intp_t[::1] offsets = np.empty(4 if connectivity == 1 else 8, dtype=np.intp)
    cdef cnp.uint8_t[:, ::1] mask = np.zeros((rows - 2, cols - 2), dtype=np.uint8)
    for r in range(rows):
        for c in range(cols):
            if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
                flags[r * cols + c] = BORDER
            else:
                padded[r * cols + c] = image[r - 1, c - 1]
    for r in range(-1, 2):
        for c in range(-1, 2):
            if (r == 0 and c == 0) or (connectivity == 1 and r != 0 and c != 0):
                continue
            offsets[k] = r * cols + c
            k += 1
    with nogil:
        _flood_fill_tolerance(padded, flags, offsets, (seed_r + 1) * cols + seed_c + 1,
                              seed_value - tolerance, seed_value + tolerance)
    for r in range(rows - 2):
        for c in range(cols - 2):
            mask[r, c] = flags[(r + 1) * cols + c + 1] == FILL
    return np.asarray(mask)


cdef Py_ssize_t R = 8, C = 12, i, j
cdef dtype_t[:, ::1] img = np.empty((R, C), dtype=np.float64)
for i in range(R):
    for j in range(C):
        img[i, j] = ((i - 4) * (i - 4) + (j - 6) * (j - 6)) // 4 + ((i * j) % 3 == 2) * 0.5
cdef cnp.uint8_t[:, ::1] m
cdef long code, count
cdef int conn
cdef double[3] tolerances = [0.0, 1.0, 2.5]
cdef int t
for conn in range(1, 3):
    for t in range(3):
        m = flood(img, 4, 6, tolerances[t], conn)
        count = 0
        for i in range(R):
            for j in range(C):
                count += m[i, j]
        print("connectivity", conn, "tolerance", tolerances[t], "filled", count)
m = flood(img, 0, 0, 4.5, 1)
for i in range(R):
    code = 1
    for j in range(C):
        code = code * 10 + m[i, j]
    print(code)
