# Shared inline helpers in a .pxd (scikit-image's _shared/interpolation.pxd
# style): edge modes as a char, nearest and bilinear interpolation, fused
# over the image and coordinate types. Declarations and inline bodies only.
# cython: cdivision=True
# cython: boundscheck=False
# cython: wraparound=False
from libc.math cimport ceil, floor
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
    return <Py_ssize_t>((r + <np_floats>0.5) if (r > <np_floats>0.0) else (r - <np_floats>0.5))


cdef inline Py_ssize_t coord_map(Py_ssize_t dim, Py_ssize_t coord, char mode) noexcept nogil:
    cdef Py_ssize_t cmax = dim - 1
    if mode == b'S':  # symmetric
        if coord < 0:
            coord = -coord - 1
        if coord > cmax:
            if <Py_ssize_t>(coord / dim) % 2 != 0:
                return <Py_ssize_t>(cmax - (coord % dim))
            else:
                return <Py_ssize_t>(coord % dim)
    elif mode == b'W':  # wrap
        if coord < 0:
            return <Py_ssize_t>(cmax - ((-coord - 1) % dim))
        elif coord > cmax:
            return <Py_ssize_t>(coord % dim)
    elif mode == b'E':  # edge
        if coord < 0:
            return 0
        elif coord > cmax:
            return cmax
    elif mode == b'R':  # reflect (mirror)
        if dim == 1:
            return 0
        elif coord < 0:
            if <Py_ssize_t>(-coord / cmax) % 2 != 0:
                return cmax - <Py_ssize_t>(-coord % cmax)
            else:
                return <Py_ssize_t>(-coord % cmax)
        elif coord > cmax:
            if <Py_ssize_t>(coord / cmax) % 2 != 0:
                return <Py_ssize_t>(cmax - (coord % cmax))
            else:
                return <Py_ssize_t>(coord % cmax)
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
    cdef np_floats dr, dc
    cdef long minr = <long>floor(r), minc = <long>floor(c)
    cdef long maxr = <long>ceil(r), maxc = <long>ceil(c)
    cdef cnp.float64_t top, bottom
    dr = r - minr
    dc = c - minc
    top = ((1 - dc) * get_pixel2d(image, rows, cols, minr, minc, mode, cval)
           + dc * get_pixel2d(image, rows, cols, minr, maxc, mode, cval))
    bottom = ((1 - dc) * get_pixel2d(image, rows, cols, maxr, minc, mode, cval)
              + dc * get_pixel2d(image, rows, cols, maxr, maxc, mode, cval))
    out[0] = (1 - dr) * top + dr * bottom
