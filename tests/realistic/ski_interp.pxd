# Shared inline helpers in a .pxd (scikit-image's _shared/interpolation.pxd
# style): edge modes as a char, nearest and bilinear interpolation, fused
# over the image and coordinate types. Declarations and inline bodies only.
# cython: cdivision=True
# cython: boundscheck=False
# cython: wraparound=False
from libc.math cimport floor
cimport numpy as cnp

ctypedef fused np_real_numeric:
    cnp.uint8_t
    cnp.int32_t
    cnp.float32_t
    cnp.float64_t

ctypedef fused np_floats:
    cnp.float32_t
    cnp.float64_t


cdef inline Py_ssize_t round(np_floats r) noexcept nogil:
    # half away from zero, shadowing the builtin as the real helper does
    if r > 0:
        return <Py_ssize_t>(r + <np_floats>0.5)
    return -<Py_ssize_t>(<np_floats>0.5 - r)


cdef inline Py_ssize_t _positive_mod(Py_ssize_t a, Py_ssize_t m) noexcept nogil:
    cdef Py_ssize_t r = a % m
    return r + m if r < 0 else r


cdef inline Py_ssize_t coord_map(Py_ssize_t dim, Py_ssize_t coord, char mode) noexcept nogil:
    """Fold an out-of-range index back into [0, dim) following numpy.pad's modes."""
    cdef Py_ssize_t period
    if 0 <= coord < dim:
        return coord
    if mode == b'W':            # wrap:      1 2 3 4 | 1 2 3 4 | 1 2 3 4
        return _positive_mod(coord, dim)
    elif mode == b'E':          # edge:      1 1 1 1 | 1 2 3 4 | 4 4 4 4
        return 0 if coord < 0 else dim - 1
    elif mode == b'S':          # symmetric: 4 3 2 1 | 1 2 3 4 | 4 3 2 1
        period = 2 * dim
        coord = _positive_mod(coord, period)
        return coord if coord < dim else period - 1 - coord
    elif mode == b'R':          # reflect:   3 4 3 2 | 1 2 3 4 | 3 2 1 2
        if dim == 1:
            return 0
        period = 2 * dim - 2
        coord = _positive_mod(coord, period)
        return coord if coord < dim else period - coord
    return coord


cdef inline np_real_numeric get_pixel2d(np_real_numeric* image, Py_ssize_t rows,
                                        Py_ssize_t cols, Py_ssize_t r, Py_ssize_t c,
                                        char mode, np_real_numeric cval) noexcept nogil:
    if mode == b'C':
        if (r < 0) or (r >= rows) or (c < 0) or (c >= cols):
            return cval
        return image[r * cols + c]
    return image[coord_map(rows, r, mode) * cols + coord_map(cols, c, mode)]


cdef inline void bilinear_interpolation(np_real_numeric* image, Py_ssize_t rows,
                                        Py_ssize_t cols, np_floats r, np_floats c,
                                        char mode, np_real_numeric cval,
                                        cnp.float64_t* out) noexcept nogil:
    cdef long r0 = <long>floor(r), c0 = <long>floor(c)
    cdef cnp.float64_t fr = r - r0, fc = c - c0
    cdef cnp.float64_t v00, v01, v10, v11, upper, lower
    v00 = get_pixel2d(image, rows, cols, r0, c0, mode, cval)
    v01 = get_pixel2d(image, rows, cols, r0, c0 + 1, mode, cval)
    v10 = get_pixel2d(image, rows, cols, r0 + 1, c0, mode, cval)
    v11 = get_pixel2d(image, rows, cols, r0 + 1, c0 + 1, mode, cval)
    upper = v00 + fc * (v01 - v00)
    lower = v10 + fc * (v11 - v10)
    out[0] = upper + fr * (lower - upper)
