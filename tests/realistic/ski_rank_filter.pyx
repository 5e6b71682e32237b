# scikit-image style (filters/rank/core_cy, generic_cy): rank filters on a
# uint8 image with a sliding local histogram updated column by column; the
# statistic is chosen through a C function pointer typedef, and the
# footprint's border offsets are precomputed.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython

cnp.import_array()

ctypedef cnp.uint8_t dtype_t
ctypedef void (*kernel_func)(dtype_t* out, const Py_ssize_t* histo, double pop,
                             dtype_t g, Py_ssize_t n_bins) noexcept nogil


cdef inline void _kernel_mean(dtype_t* out, const Py_ssize_t* histo, double pop,
                              dtype_t g, Py_ssize_t n_bins) noexcept nogil:
    cdef Py_ssize_t i
    cdef double mean = 0
    if pop:
        for i in range(n_bins):
            mean += histo[i] * i
        out[0] = <dtype_t>(mean / pop)
    else:
        out[0] = 0


cdef inline void _kernel_median(dtype_t* out, const Py_ssize_t* histo, double pop,
                                dtype_t g, Py_ssize_t n_bins) noexcept nogil:
    cdef Py_ssize_t i
    cdef double total = pop / 2.0
    if pop:
        for i in range(n_bins):
            if histo[i]:
                total -= histo[i]
                if total <= 0:
                    out[0] = <dtype_t>i
                    return
    out[0] = 0


cdef inline void _kernel_gradient(dtype_t* out, const Py_ssize_t* histo, double pop,
                                  dtype_t g, Py_ssize_t n_bins) noexcept nogil:
    cdef Py_ssize_t i, imin = 0, imax = 0
    if pop:
        for i in range(n_bins - 1, -1, -1):
            if histo[i]:
                imax = i
                break
        for i in range(n_bins):
            if histo[i]:
                imin = i
                break
    out[0] = <dtype_t>(imax - imin)


@cython.cdivision(True)
cdef void _core(kernel_func kernel, const dtype_t[:, ::1] image,
                const cnp.uint8_t[:, ::1] footprint, dtype_t[:, ::1] out) noexcept nogil:
    cdef Py_ssize_t rows = image.shape[0], cols = image.shape[1]
    cdef Py_ssize_t frows = footprint.shape[0], fcols = footprint.shape[1]
    cdef Py_ssize_t cr = frows // 2, cc = fcols // 2, r, c, i, j, rr, col
    cdef Py_ssize_t histo[256]
    cdef double pop
    for r in range(rows):
        for i in range(256):
            histo[i] = 0
        pop = 0
        # full histogram at the first column of the row
        for i in range(frows):
            for j in range(fcols):
                rr = r + i - cr
                col = j - cc
                if footprint[i, j] and 0 <= rr < rows and 0 <= col < cols:
                    histo[image[rr, col]] += 1
                    pop += 1
        kernel(&out[r, 0], histo, pop, image[r, 0], 256)
        for c in range(1, cols):
            # remove the column leaving the window, add the one entering
            for i in range(frows):
                for j in range(fcols):
                    if not footprint[i, j]:
                        continue
                    rr = r + i - cr
                    if rr < 0 or rr >= rows:
                        continue
                    col = c - 1 + j - cc
                    if (j == 0 or not footprint[i, j - 1]) and 0 <= col < cols:
                        histo[image[rr, col]] -= 1
                        pop -= 1
                    col = c + j - cc
                    if (j == fcols - 1 or not footprint[i, j + 1]) and 0 <= col < cols:
                        histo[image[rr, col]] += 1
                        pop += 1
            kernel(&out[r, c], histo, pop, image[r, c], 256)


def rank(const dtype_t[:, ::1] image, const cnp.uint8_t[:, ::1] footprint, int which):
    cdef dtype_t[:, ::1] out = np.zeros_like(image)
    cdef kernel_func kernel
    if which == 0:
        kernel = _kernel_mean
    elif which == 1:
        kernel = _kernel_median
    else:
        kernel = _kernel_gradient
    with nogil:
        _core(kernel, image, footprint, out)
    return np.asarray(out)


cdef Py_ssize_t R = 10, C = 14, i, j
cdef dtype_t[:, ::1] img = np.empty((R, C), dtype=np.uint8)
for i in range(R):
    for j in range(C):
        img[i, j] = (i * 23 + j * j * 7) % 200 + (50 if 3 <= i < 7 and 4 <= j < 9 else 0)
cdef cnp.uint8_t[:, ::1] disk = np.ones((3, 5), dtype=np.uint8)
disk[0, 0] = disk[0, 4] = disk[2, 0] = disk[2, 4] = 0
cdef dtype_t[:, ::1] res
cdef long total
cdef int which
for which in range(3):
    res = rank(img, disk, which)
    total = 0
    for i in range(R):
        for j in range(C):
            total += res[i, j] * (1 + (i * C + j) % 5)
    print("statistic", which, "checksum", total, "res[0, 0]", res[0, 0], "res[5, 6]", res[5, 6],
          "res[9, 13]", res[R - 1, C - 1])
