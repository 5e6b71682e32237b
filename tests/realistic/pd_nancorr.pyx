# pandas style (_libs/algos.pyx nancorr / nancov): pairwise Pearson
# correlation (or covariance) of the columns of a 2D float64 array using
# only rows where both columns are finite, with minp, Welford updates and
# the mask precomputed into a uint8 view; result (K, K) symmetric.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, uint8_t
from libc.math cimport sqrt, isfinite, NAN

cnp.import_array()


def nancorr(const float64_t[:, :] mat, bint cov=False, Py_ssize_t minp=1):
    cdef:
        Py_ssize_t i, xi, yi, N, K
        float64_t[:, ::1] result
        uint8_t[:, :] mask
        Py_ssize_t nobs = 0
        float64_t vx, vy, dx, dy, meanx, meany, divisor, ssqdmx, ssqdmy, covxy
    N, K = mat.shape[0], mat.shape[1]
    cdef Py_ssize_t min_periods = minp
    result = np.empty((K, K), dtype=np.float64)
    mask = np.empty((N, K), dtype=np.uint8)
    for i in range(N):
        for xi in range(K):
            mask[i, xi] = isfinite(mat[i, xi])
    with nogil:
        for xi in range(K):
            for yi in range(xi + 1):
                nobs = ssqdmx = ssqdmy = covxy = meanx = meany = 0
                for i in range(N):
                    if mask[i, xi] and mask[i, yi]:
                        vx = mat[i, xi]
                        vy = mat[i, yi]
                        nobs += 1
                        dx = vx - meanx
                        dy = vy - meany
                        meanx += 1. / nobs * dx
                        meany += 1. / nobs * dy
                        ssqdmx += (vx - meanx) * dx
                        ssqdmy += (vy - meany) * dy
                        covxy += (vx - meanx) * dy
                if nobs < min_periods:
                    result[xi, yi] = result[yi, xi] = NAN
                elif cov:
                    result[xi, yi] = result[yi, xi] = covxy / (nobs - 1) if nobs > 1 else NAN
                else:
                    divisor = sqrt(ssqdmx * ssqdmy)
                    if divisor != 0:
                        result[xi, yi] = result[yi, xi] = covxy / divisor
                    else:
                        result[xi, yi] = result[yi, xi] = NAN
    return np.asarray(result)


cdef Py_ssize_t N = 12, K = 4, i, j
cdef float64_t[:, ::1] m = np.empty((N, K), dtype=np.float64)
for i in range(N):
    m[i, 0] = i
    m[i, 1] = 2 * i - 3
    m[i, 2] = (i * 5) % 7
    m[i, 3] = -i if i % 3 else np.nan
m[4, 1] = np.inf
cdef float64_t[:, ::1] c = nancorr(m)
cdef float64_t[:, ::1] cv = nancorr(m, cov=True)
cdef float64_t[:, ::1] c_min = nancorr(m, minp=9)
for i in range(K):
    print("corr", c[i, 0], c[i, 1], c[i, 2], c[i, 3])
for i in range(K):
    print("cov ", cv[i, 0], cv[i, 1], cv[i, 2], cv[i, 3])
print("minp=9:", c_min[0, 1], c_min[3, 0], c_min[3, 3])
