# scikit-image style (transform/integral, feature/_haar): summed-area table
# of an integer image in int64, box sums through it, and two-rectangle
# Haar-like features returned as ctuples (sum, area) from cdef functions.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp

cnp.import_array()

ctypedef cnp.int64_t int64_t


def integral_image(const cnp.uint8_t[:, ::1] image):
    cdef Py_ssize_t rows = image.shape[0], cols = image.shape[1], r, c
    cdef int64_t[:, ::1] ii = np.zeros((rows + 1, cols + 1), dtype=np.int64)
    with nogil:
        for r in range(rows):
            for c in range(cols):
                ii[r + 1, c + 1] = image[r, c] + ii[r, c + 1] + ii[r + 1, c] - ii[r, c]
    return np.asarray(ii)


cdef inline (int64_t, Py_ssize_t) integrate(const int64_t[:, ::1] ii, Py_ssize_t r0,
                                            Py_ssize_t c0, Py_ssize_t r1,
                                            Py_ssize_t c1) noexcept nogil:
    """Sum and area of the inclusive box [r0, r1] x [c0, c1]."""
    return (ii[r1 + 1, c1 + 1] - ii[r0, c1 + 1] - ii[r1 + 1, c0] + ii[r0, c0],
            (r1 - r0 + 1) * (c1 - c0 + 1))


cdef (int64_t, int64_t) haar_two_rect(const int64_t[:, ::1] ii, Py_ssize_t r,
                                      Py_ssize_t c, Py_ssize_t h, Py_ssize_t w,
                                      bint vertical) noexcept nogil:
    cdef int64_t s1, s2
    cdef Py_ssize_t a1, a2
    if vertical:
        s1, a1 = integrate(ii, r, c, r + h - 1, c + w - 1)
        s2, a2 = integrate(ii, r, c + w, r + h - 1, c + 2 * w - 1)
    else:
        s1, a1 = integrate(ii, r, c, r + h - 1, c + w - 1)
        s2, a2 = integrate(ii, r + h, c, r + 2 * h - 1, c + w - 1)
    return s1 - s2, a1 + a2


cdef Py_ssize_t R = 10, C = 12, r, c
cdef cnp.uint8_t[:, ::1] img = np.zeros((R, C), dtype=np.uint8)
for r in range(R):
    for c in range(C):
        img[r, c] = (r * 29 + c * 13 + r * c) % 256
cdef int64_t[:, ::1] ii = integral_image(img)
print("total", ii[R, C], "ii[3, 4]", ii[3, 4], "shape", ii.shape[0], ii.shape[1])

cdef (int64_t, Py_ssize_t) box = integrate(ii, 2, 3, 6, 8)
print("box sum", box[0], "area", box[1])
cdef int64_t direct = 0
for r in range(2, 7):
    for c in range(3, 9):
        direct += img[r, c]
print("direct", direct)

cdef int64_t feat, area, best = -1, total = 0
cdef Py_ssize_t best_r = -1, best_c = -1
for r in range(0, R - 3):
    for c in range(0, C - 5):
        feat, area = haar_two_rect(ii, r, c, 3, 3, True)
        total += feat
        if feat > best:
            best, best_r, best_c = feat, r, c
print("vertical features: total", total, "best", best, "at", best_r, best_c, "area", area)
feat, area = haar_two_rect(ii, 1, 1, 4, 5, False)
print("horizontal feature", feat, area)
