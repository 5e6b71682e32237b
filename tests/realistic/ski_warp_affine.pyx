# scikit-image style (transform/_warps_cy.pyx): warp an image through a 3x3
# projective matrix with nearest or bilinear interpolation, using the inline
# helpers of the shared ski_interp.pxd; the edge mode is a C char
# (b'C', b'E', b'W', b'R', b'S') taken from a bytes literal.
# cython: cdivision=True
# cython: boundscheck=False
# cython: wraparound=False

import numpy as np
cimport numpy as cnp
from ski_interp cimport (np_real_numeric, np_floats, round, get_pixel2d,
                         bilinear_interpolation)

cnp.import_array()


cdef inline void _transform_affine(cnp.float64_t x, cnp.float64_t y,
                                   const cnp.float64_t* H,
                                   cnp.float64_t* x_, cnp.float64_t* y_) noexcept nogil:
    x_[0] = H[0] * x + H[1] * y + H[2]
    y_[0] = H[3] * x + H[4] * y + H[5]


def _warp_fast(np_real_numeric[:, ::1] image, const cnp.float64_t[:, ::1] H,
               Py_ssize_t out_r=-1, Py_ssize_t out_c=-1, int order=1,
               char mode_c=b'C', np_real_numeric cval=0):
    cdef Py_ssize_t rows = image.shape[0], cols = image.shape[1]
    cdef Py_ssize_t tfr, tfc
    cdef cnp.float64_t r, c, value
    if mode_c not in b'CWSER':
        raise ValueError("Unknown mode '%c'" % mode_c)
    if order != 0 and order != 1:
        raise ValueError("Unsupported interpolation order {}".format(order))
    if out_r < 0:
        out_r, out_c = rows, cols
    cdef cnp.float64_t[:, ::1] out = np.zeros((out_r, out_c), dtype=np.float64)
    cdef const cnp.float64_t* M = &H[0, 0]
    with nogil:
        for tfr in range(out_r):
            for tfc in range(out_c):
                _transform_affine(tfc, tfr, M, &c, &r)
                if order == 0:
                    out[tfr, tfc] = get_pixel2d(&image[0, 0], rows, cols,
                                                round(r), round(c), mode_c, cval)
                else:
                    bilinear_interpolation(&image[0, 0], rows, cols, r, c,
                                           mode_c, cval, &value)
                    out[tfr, tfc] = value
    return np.asarray(out)


cdef Py_ssize_t i, j
cdef cnp.uint8_t[:, ::1] img8 = np.zeros((6, 7), dtype=np.uint8)
cdef cnp.float64_t[:, ::1] imgf = np.zeros((6, 7), dtype=np.float64)
for i in range(6):
    for j in range(7):
        img8[i, j] = (i * 7 + j * 3) % 16
        imgf[i, j] = img8[i, j] * 0.5
cdef cnp.float64_t[:, ::1] H = np.zeros((3, 3), dtype=np.float64)
H[2, 2] = 1.0
H[0, 0] = 0.5
H[0, 2] = 1.25
H[1, 1] = 0.75
H[1, 2] = -0.5
H[1, 0] = 0.25

cdef cnp.float64_t[:, ::1] w
cdef cnp.float64_t s
cdef const char* modes = b"CEWRS"
cdef int k
for k in range(5):
    w = _warp_fast(img8, H, order=1, mode_c=modes[k], cval=3)
    s = 0
    for i in range(w.shape[0]):
        for j in range(w.shape[1]):
            s += w[i, j]
    print("mode", modes[k], "sum", s, "w[5, 6]", w[5, 6], "w[0, 0]", w[0, 0])
w = _warp_fast(imgf, H, 4, 9, 0, modes[2])
print("nearest float:", w[3, 8], w[1, 2], w.shape[0], w.shape[1])
_warp_fast(imgf, H, mode_c=ord('M'))
