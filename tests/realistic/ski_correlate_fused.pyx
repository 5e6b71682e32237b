# scikit-image / SciPy ndimage style: 2D correlation of an image with a small
# kernel, fused over the input dtype with a fused block built from other
# fused blocks and a second independent fused output type, boundary handled
# by an inline reflect index.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython

cnp.import_array()

ctypedef fused np_ints:
    cnp.uint8_t
    cnp.int16_t
    cnp.int32_t

ctypedef fused np_floats:
    cnp.float32_t
    cnp.float64_t

ctypedef fused np_real_numeric:
    np_ints
    np_floats

ctypedef fused out_t:
    cnp.float32_t
    cnp.float64_t


cdef inline Py_ssize_t _reflect(Py_ssize_t i, Py_ssize_t n) noexcept nogil:
    # 'reflect' in ndimage terms: d c b a | a b c d | d c b a
    while i < 0 or i >= n:
        if i < 0:
            i = -i - 1
        if i >= n:
            i = 2 * n - i - 1
    return i


cdef void _correlate2d(const np_real_numeric[:, ::1] image,
                       const cnp.float64_t[:, ::1] kernel,
                       out_t[:, ::1] out) noexcept nogil:
    cdef Py_ssize_t rows = image.shape[0], cols = image.shape[1]
    cdef Py_ssize_t kr = kernel.shape[0], kc = kernel.shape[1]
    cdef Py_ssize_t r, c, i, j, hr = kr // 2, hc = kc // 2
    cdef cnp.float64_t acc
    for r in range(rows):
        for c in range(cols):
            acc = 0
            for i in range(kr):
                for j in range(kc):
                    acc += kernel[i, j] * image[_reflect(r + i - hr, rows),
                                                _reflect(c + j - hc, cols)]
            out[r, c] = <out_t>acc


def correlate(const np_real_numeric[:, ::1] image, const cnp.float64_t[:, ::1] kernel,
              bint single_precision=False):
    cdef cnp.float64_t[:, ::1] out64
    cdef cnp.float32_t[:, ::1] out32
    if single_precision:
        out32 = np.empty((image.shape[0], image.shape[1]), dtype=np.float32)
        with nogil:
            _correlate2d(image, kernel, out32)
        return np.asarray(out32)
    out64 = np.empty((image.shape[0], image.shape[1]), dtype=np.float64)
    with nogil:
        _correlate2d(image, kernel, out64)
    return np.asarray(out64)


@cython.boundscheck(False)
cdef cnp.float64_t _checksum(const cnp.float64_t[:, :] a) noexcept nogil:
    cdef Py_ssize_t i, j
    cdef cnp.float64_t s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j] * (1 + (i + 2 * j) % 3)
    return s


cdef Py_ssize_t R = 7, C = 9, i, j
cdef cnp.uint8_t[:, ::1] img_u8 = np.empty((R, C), dtype=np.uint8)
cdef cnp.int16_t[:, ::1] img_i16 = np.empty((R, C), dtype=np.int16)
cdef cnp.float32_t[:, ::1] img_f32 = np.empty((R, C), dtype=np.float32)
for i in range(R):
    for j in range(C):
        img_u8[i, j] = (i * 37 + j * 11) % 256
        img_i16[i, j] = <cnp.int16_t>((i - 3) * (j - 4) * 100)
        img_f32[i, j] = (i + j) % 4 * 0.25
cdef cnp.float64_t[:, ::1] sobel = np.zeros((3, 3), dtype=np.float64)
cdef cnp.float64_t[:, ::1] box = np.full((3, 5), 1.0 / 16, dtype=np.float64)
for i in range(3):
    sobel[i, 0] = -1 - (i == 1)
    sobel[i, 2] = 1 + (i == 1)

cdef cnp.float64_t[:, ::1] res = correlate(img_u8, sobel)
print("u8 sobel:", _checksum(res), res[0, 0], res[3, 4], res[6, 8])
res = correlate(img_i16, box)
print("i16 box:", _checksum(res), res[0, 0], res[3, 4], res[6, 8])
res = correlate(img_f32, box)
print("f32 box:", _checksum(res), res[2, 2])
cdef cnp.float32_t[:, ::1] res32 = correlate(img_u8, box, True)
print("u8 box into float32:", res32[0, 0], res32[4, 7])
