# scikit-image style (measure/_pnpoly, draw/_draw): even-odd point-in-polygon
# test over a grid, Bresenham line rasterisation into preallocated rr/cc
# index views trimmed by the returned count, and a polygon mask.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport abs as c_abs

cnp.import_array()


cdef inline unsigned char point_in_polygon(const cnp.float64_t[::1] xp,
                                           const cnp.float64_t[::1] yp,
                                           cnp.float64_t x, cnp.float64_t y) noexcept nogil:
    cdef Py_ssize_t i, j, nr_verts = xp.shape[0]
    cdef unsigned char c = 0
    j = nr_verts - 1
    for i in range(nr_verts):
        if (((yp[i] <= y) and (y < yp[j])) or ((yp[j] <= y) and (y < yp[i]))) and (
                x < (xp[j] - xp[i]) * (y - yp[i]) / (yp[j] - yp[i]) + xp[i]):
            c = not c
        j = i
    return c


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
    cdef char steep = 0
    cdef Py_ssize_t r = r0, c = c0, i, d
    cdef Py_ssize_t dr = c_abs(<int>(r1 - r0)), dc = c_abs(<int>(c1 - c0))
    cdef Py_ssize_t sr, sc
    sc = 1 if (c1 - c) > 0 else -1
    sr = 1 if (r1 - r) > 0 else -1
    if dr > dc:
        steep = 1
        c, r = r, c
        dc, dr = dr, dc
        sc, sr = sr, sc
    d = (2 * dr) - dc
    for i in range(dc):
        if steep:
            rr[i] = c
            cc[i] = r
        else:
            rr[i] = r
            cc[i] = c
        while d >= 0:
            r = r + sr
            d = d - (2 * dc)
        c = c + sc
        d = d + (2 * dr)
    rr[dc] = r1
    cc[dc] = c1
    return dc + 1


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
