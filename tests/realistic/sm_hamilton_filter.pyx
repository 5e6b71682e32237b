# statsmodels style (tsa/regime_switching/_hamilton_filter.pyx.in): the
# Hamilton filter for a two-regime Markov switching mean model -- predicted
# joint probabilities through the transition matrix, conditional densities
# (Gaussian, via exp), filtered probabilities and the log-likelihood; the
# `.pyx.in` template's per-prefix functions written out as a fused
# function with `if floating is double` / `float` branches.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from cython cimport floating
from libc.math cimport exp, log, sqrt, M_PI

np.import_array()


cdef floating hamilton_filter(const floating[::1] y, const floating[:, ::1] transition,
                              const floating[::1] mu, floating sigma2,
                              floating[:, ::1] predicted, floating[:, ::1] filtered) noexcept nogil:
    cdef Py_ssize_t t, i, j, k_regimes = transition.shape[0], nobs = y.shape[0]
    cdef floating llf = 0, lik, dens, resid, norm_const
    if floating is double:
        norm_const = 1.0 / sqrt(2 * M_PI * sigma2)
    else:
        norm_const = <float>(1.0 / sqrt(2 * M_PI * sigma2))
    # start from the ergodic probabilities of a 2-state chain
    filtered[0, 0] = transition[0, 1] / (transition[0, 1] + transition[1, 0])
    filtered[0, 1] = 1 - filtered[0, 0]
    for t in range(1, nobs):
        lik = 0
        for i in range(k_regimes):
            # transition[i, j] = P(S_t = i | S_{t-1} = j)
            predicted[t, i] = 0
            for j in range(k_regimes):
                predicted[t, i] += transition[i, j] * filtered[t - 1, j]
            resid = y[t] - mu[i]
            dens = norm_const * exp(-0.5 * resid * resid / sigma2)
            filtered[t, i] = predicted[t, i] * dens
            lik += filtered[t, i]
        for i in range(k_regimes):
            filtered[t, i] /= lik
        llf += log(lik)
    return llf


cdef Py_ssize_t n = 16, t
cdef double[::1] y = np.empty(n, dtype=np.float64)
cdef float[::1] yf = np.empty(n, dtype=np.float32)
for t in range(n):
    y[t] = (4.0 if 5 <= t < 11 else 0.0) + ((t * 3) % 5 - 2) * 0.5
    yf[t] = <float>y[t]
cdef double[:, ::1] P = np.empty((2, 2), dtype=np.float64)
P[0, 0], P[0, 1], P[1, 0], P[1, 1] = 0.875, 0.25, 0.125, 0.75
cdef double[::1] mu = np.empty(2, dtype=np.float64)
mu[0], mu[1] = 0.0, 4.0
cdef double[:, ::1] pred = np.zeros((n, 2), dtype=np.float64)
cdef double[:, ::1] filt = np.zeros((n, 2), dtype=np.float64)
cdef double llf = hamilton_filter(y, P, mu, 1.0, pred, filt)
print("llf %.8f" % llf)
for t in range(0, n, 3):
    print("t=%2d y=%5.2f P(regime 1 | y_1..t) = %.6f  predicted %.6f" % (t, y[t], filt[t, 1], pred[t, 1]))

cdef float[:, ::1] Pf = np.empty((2, 2), dtype=np.float32)
cdef float[::1] muf = np.empty(2, dtype=np.float32)
cdef float[:, ::1] predf = np.zeros((n, 2), dtype=np.float32)
cdef float[:, ::1] filtf = np.zeros((n, 2), dtype=np.float32)
Pf[0, 0], Pf[0, 1], Pf[1, 0], Pf[1, 1] = 0.875, 0.25, 0.125, 0.75
muf[0], muf[1] = 0.0, 4.0
cdef float llf32 = hamilton_filter(yf, Pf, muf, 1.0, predf, filtf)
print("float32 llf %.3f, regime at t=8: %.4f" % (llf32, filtf[8, 1]))
cdef int agree = 0
for t in range(n):
    agree += (filt[t, 1] > 0.5) == (filtf[t, 1] > 0.5)
print("regime calls agree on", agree, "of", n)
