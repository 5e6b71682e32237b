# scikit-image style (measure/_pnpoly, draw/_draw): even-odd point-in-polygon
# test over a grid (edge endpoints by tuple assignment), Bresenham line
# rasterisation into preallocated rr/cc index views trimmed by the returned
# count, libc's integer abs under another name, and an f-string error.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport abs as c_abs

cnp.import_array()


cdef inline unsigned char point_in_polygon(const cnp.float64_t[::1] xp,
                                           const cnp.float64_t[::1] yp,
                                           cnp.float64_t x, cnp.float64_t y) noexcept nogil:
    """Even-odd rule: count the polygon edges crossed by the ray from (x, y)
    towards -x; an edge counts when it spans y half-open at its upper end."""
    cdef Py_ssize_t k, n = xp.shape[0]
    cdef cnp.float64_t x0, y0, x1, y1, x_cross
    cdef unsigned char inside = 0
    for k in range(n):
        x0, y0 = xp[k], yp[k]
        x1, y1 = xp[(k + 1) % n], yp[(k + 1) % n]
        if (y0 <= y) == (y1 <= y):
            continue
        x_cross = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        if x < x_cross:
            inside ^= 1
    return inside


def polygon_mask(const cnp.float64_t[::1] rows_v, const cnp.float64_t[::1] cols_v,
                 Py_ssize_t nrows, Py_ssize_t ncols):
    cdef cnp.uint8_t[:, ::1] out = np.zeros((nrows, ncols), dtype=np.uint8)
    cdef Py_ssize_t r, c
    with nogil:
        for r in range(nrows):
            for c in range(ncols):
                out[r, c] = point_in_polygon(cols_v, rows_v, c, r)
    return np.asarray(out)


cdef Py_ssize_t _line(Py_ssize_t r0, Py_ssize_t c0, Py_ssize_t r1, Py_ssize_t c1,
                      cnp.intp_t[::1] rr, cnp.intp_t[::1] cc) noexcept nogil:
    """Integer Bresenham: error term err = dc - dr tracks both axes at once."""
    cdef Py_ssize_t dr = c_abs(<int>(r1 - r0)), dc = c_abs(<int>(c1 - c0))
    cdef Py_ssize_t sr = 1 if r1 >= r0 else -1, sc = 1 if c1 >= c0 else -1
    cdef Py_ssize_t err = dc - dr, e2, n = 0, r = r0, c = c0
    while True:
        rr[n] = r
        cc[n] = c
        n += 1
        if r == r1 and c == c1:
            break
        e2 = 2 * err
        if e2 > -dr:
            err -= dr
            c += sc
        if e2 < dc:
            err += dc
            r += sr
    return n


def line(Py_ssize_t r0, Py_ssize_t c0, Py_ssize_t r1, Py_ssize_t c1, cnp.intp_t[::1] cc):
    cdef Py_ssize_t n = max(abs(r1 - r0), abs(c1 - c0)) + 1
    cdef cnp.intp_t[::1] rr = np.empty(n, dtype=np.intp)
    if cc.shape[0] < n:
        raise ValueError(f"cc holds {cc.shape[0]} points, the line has {n}")
    n = _line(r0, c0, r1, c1, rr, cc)
    return np.asarray(rr[:n])


cdef cnp.float64_t[::1] pr = np.empty(5, dtype=np.float64)
cdef cnp.float64_t[::1] pc = np.empty(5, dtype=np.float64)
pr[0], pc[0] = 1.0, 1.0
pr[1], pc[1] = 2.0, 10.5
pr[2], pc[2] = 7.5, 12.0
pr[3], pc[3] = 9.0, 4.0
pr[4], pc[4] = 5.0, 2.5
cdef cnp.uint8_t[:, ::1] mask = polygon_mask(pr, pc, 11, 14)
cdef Py_ssize_t r, c, area = 0
cdef long code
for r in range(11):
    code = 1
    for c in range(14):
        code = code * 10 + mask[r, c]
        area += mask[r, c]
    print(code)
print("area", area)

cdef cnp.intp_t[::1] cc = np.empty(16, dtype=np.intp)
cdef cnp.intp_t[::1] rr
cdef Py_ssize_t[4] ends_r = [9, 0, 3, 8]
cdef Py_ssize_t[4] ends_c = [2, 13, 3, 15]
cdef int k, i
for k in range(4):
    rr = line(3, 3, ends_r[k], ends_c[k], cc)
    code = 0
    for i in range(rr.shape[0]):
        code = code * 7 + rr[i] * 16 + cc[i]
    print("line to", ends_r[k], ends_c[k], "points", rr.shape[0], "code", code)
line(0, 0, 20, 3, cc)
