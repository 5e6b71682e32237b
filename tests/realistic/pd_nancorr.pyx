# pandas style (_libs/algos.pyx nancorr / nancov): pairwise Pearson
# correlation (or covariance) of the columns of a 2D float64 array using
# only rows where both columns are finite, with minp, two-pass centred
# moments through pointer out-parameters and the mask precomputed into a
# uint8 view; result (K, K) filled symmetrically by chained assignment.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, uint8_t
from libc.math cimport sqrt, isfinite, NAN

cnp.import_array()


cdef inline void _pair_moments(const float64_t[:, :] mat, const uint8_t[:, :] mask,
                               Py_ssize_t a, Py_ssize_t b, Py_ssize_t* nobs,
                               float64_t* sxx, float64_t* syy, float64_t* sxy) noexcept nogil:
    """Centred second moments of columns a and b over their common finite rows."""
    cdef Py_ssize_t i, n = 0
    cdef float64_t mx = 0, my = 0, dx, dy
    for i in range(mat.shape[0]):
        if mask[i, a] and mask[i, b]:
            n += 1
            mx += mat[i, a]
            my += mat[i, b]
    nobs[0] = n
    sxx[0] = syy[0] = sxy[0] = 0
    if n == 0:
        return
    mx /= n
    my /= n
    for i in range(mat.shape[0]):
        if mask[i, a] and mask[i, b]:
            dx = mat[i, a] - mx
            dy = mat[i, b] - my
            sxx[0] += dx * dx
            syy[0] += dy * dy
            sxy[0] += dx * dy


def nancorr(const float64_t[:, :] mat, bint cov=False, Py_ssize_t minp=1):
    cdef Py_ssize_t i, a, b, nobs, K = mat.shape[1]
    cdef float64_t sxx, syy, sxy, value
    cdef float64_t[:, ::1] result = np.empty((K, K), dtype=np.float64)
    cdef uint8_t[:, :] mask = np.empty((mat.shape[0], K), dtype=np.uint8)
    for i in range(mat.shape[0]):
        for a in range(K):
            mask[i, a] = isfinite(mat[i, a])
    with nogil:
        for a in range(K):
            for b in range(a + 1):
                _pair_moments(mat, mask, a, b, &nobs, &sxx, &syy, &sxy)
                if nobs < minp or (cov and nobs < 2):
                    value = NAN
                elif cov:
                    value = sxy / (nobs - 1)
                elif sxx * syy == 0:
                    value = NAN
                else:
                    value = sxy / sqrt(sxx * syy)
                result[a, b] = result[b, a] = value
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
