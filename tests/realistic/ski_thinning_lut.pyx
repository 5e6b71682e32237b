# scikit-image style (morphology/_skeletonize): Zhang-Suen thinning of a
# binary uint8 image driven by two 256-entry lookup tables built once from
# the 8-neighbourhood code, iterated until no pixel changes; pure-Python
# mode type names (cython.uchar, cython.Py_ssize_t) mixed with cdef.
# cython: boundscheck=False, wraparound=False

import cython
import numpy as np
cimport numpy as cnp

cnp.import_array()


cdef void _build_lut(cnp.uint8_t[::1] lut, int step) noexcept nogil:
    cdef int code, k, b, transitions, neighbours
    cdef int p[9]
    for code in range(256):
        # p[0..7] = P2, P3, ..., P9 clockwise from north
        for k in range(8):
            p[k] = (code >> k) & 1
        p[8] = p[0]
        neighbours = 0
        transitions = 0
        for k in range(8):
            neighbours += p[k]
            if p[k] == 0 and p[k + 1] == 1:
                transitions += 1
        b = 2 <= neighbours <= 6 and transitions == 1
        if step == 0:
            b = b and (p[0] * p[2] * p[4] == 0) and (p[2] * p[4] * p[6] == 0)
        else:
            b = b and (p[0] * p[2] * p[6] == 0) and (p[0] * p[4] * p[6] == 0)
        lut[code] = b


@cython.boundscheck(False)
@cython.wraparound(False)
def thin(cnp.uint8_t[:, ::1] image, int max_iter=100):
    cdef cython.Py_ssize_t rows = image.shape[0], cols = image.shape[1], r, c
    cdef cnp.uint8_t[:, ::1] lut = np.zeros((2, 256), dtype=np.uint8)
    cdef cnp.uint8_t[:, ::1] marks = np.zeros((rows, cols), dtype=np.uint8)
    cdef cython.uchar code
    cdef int step, n_iter = 0
    cdef cython.Py_ssize_t changed = 1
    _build_lut(lut[0], 0)
    _build_lut(lut[1], 1)
    while changed and n_iter < max_iter:
        changed = 0
        for step in range(2):
            for r in range(1, rows - 1):
                for c in range(1, cols - 1):
                    marks[r, c] = 0
                    if not image[r, c]:
                        continue
                    code = (image[r - 1, c] | image[r - 1, c + 1] << 1
                            | image[r, c + 1] << 2 | image[r + 1, c + 1] << 3
                            | image[r + 1, c] << 4 | image[r + 1, c - 1] << 5
                            | image[r, c - 1] << 6 | image[r - 1, c - 1] << 7)
                    marks[r, c] = lut[step, code]
            for r in range(1, rows - 1):
                for c in range(1, cols - 1):
                    if marks[r, c]:
                        image[r, c] = 0
                        changed += 1
        n_iter += 1
    return n_iter


cdef cython.Py_ssize_t R = 12, C = 16, i, j
cdef cnp.uint8_t[:, ::1] img = np.zeros((R, C), dtype=np.uint8)
for i in range(2, 10):
    for j in range(2, 14):
        img[i, j] = not (5 <= i <= 6 and 6 <= j <= 9) or j == 11
cdef cython.Py_ssize_t before = 0, after = 0
for i in range(R):
    for j in range(C):
        before += img[i, j]
cdef int n_iter = thin(img)
cdef long code
for i in range(R):
    code = 1
    for j in range(C):
        code = code * 10 + img[i, j]
        after += img[i, j]
    print(code)
print("pixels", before, "->", after, "iterations", n_iter)
