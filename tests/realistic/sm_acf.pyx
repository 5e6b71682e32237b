# statsmodels style (tsa/stattools acovf / acf / pacf_yw, written as a
# Cython kernel): demeaned autocovariances up to nlags with the unbiased or
# biased denominator, autocorrelations, and partial autocorrelations by
# the Durbin-Levinson recursion with a malloc'd scratch row; fused over
# float/double input.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from cython cimport floating
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

np.import_array()


def acovf(const floating[::1] x, Py_ssize_t nlags, bint adjusted=False, bint demean=True):
    cdef Py_ssize_t n = x.shape[0], k, t
    cdef double mean = 0, acc
    cdef double[::1] out = np.zeros(nlags + 1, dtype=np.float64)
    if nlags >= n:
        raise ValueError("nlags must be smaller than nobs: %d >= %d" % (nlags, n))
    if demean:
        for t in range(n):
            mean += x[t]
        mean /= n
    with nogil:
        for k in range(nlags + 1):
            acc = 0
            for t in range(k, n):
                acc += (x[t] - mean) * (x[t - k] - mean)
            out[k] = acc / (n - k if adjusted else n)
    return np.asarray(out)


cdef int durbin_levinson(const double[::1] acf, double[::1] pacf) except -1 nogil:
    cdef Py_ssize_t nlags = acf.shape[0] - 1, k, j
    cdef double* phi = <double*>malloc((nlags + 1) * sizeof(double))
    cdef double* prev = <double*>malloc((nlags + 1) * sizeof(double))
    cdef double num, den
    if phi == NULL or prev == NULL:
        free(phi)
        free(prev)
        with gil:
            raise MemoryError()
    pacf[0] = 1.0
    for k in range(1, nlags + 1):
        num = acf[k]
        den = 1.0
        for j in range(1, k):
            num -= prev[j] * acf[k - j]
            den -= prev[j] * acf[j]
        phi[k] = num / den
        for j in range(1, k):
            phi[j] = prev[j] - phi[k] * prev[k - j]
        pacf[k] = phi[k]
        memcpy(prev, phi, (k + 1) * sizeof(double))
    free(phi)
    free(prev)
    return 0


cdef Py_ssize_t n = 24, k
cdef double[::1] x = np.empty(n, dtype=np.float64)
cdef float[::1] xf = np.empty(n, dtype=np.float32)
for k in range(n):
    x[k] = (k % 6) - 2.5 + (k // 6) * 0.5 + (k % 2) * 0.25
    xf[k] = <float>x[k]
cdef double[::1] g = acovf(x, 6)
cdef double[::1] ga = acovf(x, 6, adjusted=True)
cdef double[::1] gf = acovf(xf, 6, False, False)
cdef double[::1] r = np.empty(7, dtype=np.float64)
cdef double[::1] p = np.empty(7, dtype=np.float64)
for k in range(7):
    r[k] = g[k] / g[0]
durbin_levinson(r, p)
for k in range(7):
    print(k, g[k], ga[k], gf[k], r[k], p[k])
acovf(x, 30)
