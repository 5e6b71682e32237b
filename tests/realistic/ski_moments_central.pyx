# scikit-image style (measure/_moments_cy, _moments.py): raw and central
# image moments up to order 3 with `**` on double bases and int exponents,
# the centroid from them, and normalised moments; fused over the image type.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating

cnp.import_array()


def moments_raw(const floating[:, ::1] image, Py_ssize_t order):
    cdef Py_ssize_t p, q, r, c
    cdef double[:, ::1] mu = np.zeros((order + 1, order + 1), dtype=np.double)
    cdef double val, r_p, c_q
    for r in range(image.shape[0]):
        for c in range(image.shape[1]):
            val = image[r, c]
            r_p = 1
            for p in range(order + 1):
                c_q = 1
                for q in range(order + 1):
                    mu[p, q] += val * r_p * c_q
                    c_q *= c
                r_p *= r
    return np.asarray(mu)


def moments_central(const floating[:, ::1] image, double cr, double cc, Py_ssize_t order):
    cdef Py_ssize_t p, q, r, c
    cdef double[:, ::1] mu = np.zeros((order + 1, order + 1), dtype=np.double)
    cdef double val, dr, dc, dcp, drp
    for r in range(image.shape[0]):
        dr = r - cr
        for c in range(image.shape[1]):
            dc = c - cc
            val = image[r, c]
            for p in range(order + 1):
                drp = dr ** p
                for q in range(order + 1):
                    dcp = dc ** q
                    mu[p, q] += val * drp * dcp
    return np.asarray(mu)


cdef double normalized(const double[:, ::1] mu, Py_ssize_t p, Py_ssize_t q) noexcept nogil:
    # eta_pq = mu_pq / mu_00 ** ((p + q) / 2 + 1); exact for p + q even
    cdef Py_ssize_t k = (p + q) // 2 + 1
    return mu[p, q] / mu[0, 0] ** k


cdef Py_ssize_t R = 9, C = 8, i, j
cdef double[:, ::1] img = np.zeros((R, C), dtype=np.double)
cdef float[:, ::1] imgf = np.zeros((R, C), dtype=np.float32)
for i in range(2, 7):
    for j in range(1, 7):
        img[i, j] = 1 + (i + j) % 3
        imgf[i, j] = <float>img[i, j]

cdef double[:, ::1] m = moments_raw(img, 3)
cdef double cr = m[1, 0] / m[0, 0], cc = m[0, 1] / m[0, 0]
print("m00", m[0, 0], "m10", m[1, 0], "m01", m[0, 1], "m33", m[3, 3])
print("centroid", cr, cc)
cdef double[:, ::1] mu = moments_central(img, 4.0, 3.5, 3)
cdef double[:, ::1] muf = moments_central(imgf, 4.0, 3.5, 3)
for i in range(4):
    print("mu", i, mu[i, 0], mu[i, 1], mu[i, 2], mu[i, 3])
print("float32 input agrees:", mu[2, 2] == muf[2, 2], mu[3, 1] == muf[3, 1])
print("eta20", normalized(mu, 2, 0), "eta02", normalized(mu, 0, 2), "eta22", normalized(mu, 2, 2))
cdef double base = 1.5
cdef int e = 3
print("base ** e", base ** e, "e ** 2", e ** 2, "2 ** -1", 2 ** -1)
