# scikit-image style (morphology, filters/rank): grey-level dilation and
# erosion of a uint8 image by a flat footprint given as a uint8 mask, with
# the footprint offsets precomputed into malloc'd arrays; opening/closing
# and a white top-hat composed from them.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport malloc, free

cnp.import_array()

ctypedef cnp.uint8_t dtype_t


cdef Py_ssize_t _offsets(const cnp.uint8_t[:, ::1] footprint,
                         Py_ssize_t* dr, Py_ssize_t* dc) noexcept nogil:
    cdef Py_ssize_t i, j, n = 0
    cdef Py_ssize_t cr = footprint.shape[0] // 2, cc = footprint.shape[1] // 2
    for i in range(footprint.shape[0]):
        for j in range(footprint.shape[1]):
            if footprint[i, j]:
                dr[n] = i - cr
                dc[n] = j - cc
                n += 1
    return n


cdef void _grey_op(const dtype_t[:, ::1] image, const cnp.uint8_t[:, ::1] footprint,
                   dtype_t[:, ::1] out, bint dilate) noexcept nogil:
    cdef Py_ssize_t rows = image.shape[0], cols = image.shape[1]
    cdef Py_ssize_t size = footprint.shape[0] * footprint.shape[1]
    cdef Py_ssize_t* dr = <Py_ssize_t*>malloc(size * sizeof(Py_ssize_t))
    cdef Py_ssize_t* dc = <Py_ssize_t*>malloc(size * sizeof(Py_ssize_t))
    cdef Py_ssize_t n = _offsets(footprint, dr, dc), r, c, k, rr, cc
    cdef dtype_t v, best
    for r in range(rows):
        for c in range(cols):
            best = 0 if dilate else 255
            for k in range(n):
                # the footprint is reflected for dilation
                if dilate:
                    rr = r - dr[k]
                    cc = c - dc[k]
                else:
                    rr = r + dr[k]
                    cc = c + dc[k]
                if rr < 0 or rr >= rows or cc < 0 or cc >= cols:
                    continue
                v = image[rr, cc]
                if dilate and v > best or not dilate and v < best:
                    best = v
            out[r, c] = best
    free(dr)
    free(dc)


def dilation(const dtype_t[:, ::1] image, const cnp.uint8_t[:, ::1] footprint):
    cdef dtype_t[:, ::1] out = np.empty_like(image)
    with nogil:
        _grey_op(image, footprint, out, True)
    return np.asarray(out)


def erosion(const dtype_t[:, ::1] image, const cnp.uint8_t[:, ::1] footprint):
    cdef dtype_t[:, ::1] out = np.empty_like(image)
    with nogil:
        _grey_op(image, footprint, out, False)
    return np.asarray(out)


cdef long _total(const dtype_t[:, ::1] a):
    cdef long s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * (i + 1)
    return s


cdef Py_ssize_t R = 9, C = 11, i, j
cdef dtype_t[:, ::1] img = np.zeros((R, C), dtype=np.uint8)
for i in range(R):
    for j in range(C):
        img[i, j] = ((i * 5 + j * 7) % 13) * 17 + (40 if (i == 4 and j == 5) else 0)
cdef cnp.uint8_t[:, ::1] cross = np.zeros((3, 3), dtype=np.uint8)
cdef cnp.uint8_t[:, ::1] line = np.ones((1, 4), dtype=np.uint8)
cross[1, :] = 1
cross[:, 1] = 1

cdef dtype_t[:, ::1] d = dilation(img, cross)
cdef dtype_t[:, ::1] e = erosion(img, cross)
cdef dtype_t[:, ::1] opened = dilation(erosion(img, line), line)
cdef dtype_t[:, ::1] closed = erosion(dilation(img, line), line)
cdef long tophat = 0
for i in range(R):
    for j in range(C):
        tophat += img[i, j] - opened[i, j]
print("image", _total(img), "dilated", _total(d), "eroded", _total(e))
print("opened", _total(opened), "closed", _total(closed), "white top-hat sum", tophat)
print("center", img[4, 5], d[4, 5], e[4, 5], opened[4, 5], closed[4, 5])
print("corner", d[0, 0], e[0, 0], d[R - 1, C - 1], e[R - 1, C - 1])
