# statsmodels style (tsa/_innovations.pyx, innovations/_arma_innovations):
# the innovations algorithm for an MA(q) / ARMA autocovariance sequence --
# theta coefficients and innovation variances v_n from a Toeplitz
# autocovariance, then one-step predictions and conditional-sum-of-squares
# residuals; 2D C-ordered theta filled row by row, chained assignments.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython

cnp.import_array()

ctypedef cnp.float64_t dtype_t


def innovations_algo(const dtype_t[::1] acov, Py_ssize_t nobs, dtype_t[::1] v):
    """theta[n, k] for n < nobs, and v[n]; acov[h] = gamma(h) (zero past its end)."""
    cdef Py_ssize_t n, k, j, max_lag = acov.shape[0]
    cdef dtype_t[:, ::1] theta = np.zeros((nobs, nobs), dtype=np.float64)
    cdef dtype_t sub
    v[0] = acov[0]
    for n in range(1, nobs):
        for k in range(n):
            sub = acov[n - k] if n - k < max_lag else 0.0
            for j in range(k):
                sub -= theta[k, k - j - 1] * theta[n, n - j - 1] * v[j]
            theta[n, n - k - 1] = sub / v[k]
        v[n] = acov[0]
        for j in range(n):
            v[n] -= theta[n, n - j - 1] * theta[n, n - j - 1] * v[j]
    return np.asarray(theta)


@cython.boundscheck(False)
def innovations_filter(const dtype_t[::1] endog, const dtype_t[:, ::1] theta):
    cdef Py_ssize_t n, j, nobs = endog.shape[0]
    cdef dtype_t[::1] u = np.zeros(nobs, dtype=np.float64)
    cdef dtype_t hat
    u[0] = endog[0]
    for n in range(1, nobs):
        hat = 0
        for j in range(n):
            hat += theta[n, j] * u[n - j - 1]
        u[n] = endog[n] - hat
    return np.asarray(u)


cdef dtype_t arma_css(const dtype_t[::1] y, dtype_t phi, dtype_t theta,
                      dtype_t[::1] resid) noexcept nogil:
    cdef Py_ssize_t t
    cdef dtype_t ssr, e_prev
    resid[0] = e_prev = ssr = 0.0
    for t in range(1, y.shape[0]):
        resid[t] = y[t] - phi * y[t - 1] - theta * e_prev
        e_prev = resid[t]
        ssr += resid[t] * resid[t]
    return ssr


# MA(1) with theta = 0.5, sigma2 = 1: gamma(0) = 1.25, gamma(1) = 0.5
cdef Py_ssize_t nobs = 8, n, k
cdef dtype_t[::1] acov = np.zeros(2, dtype=np.float64)
acov[0], acov[1] = 1.25, 0.5
cdef dtype_t[::1] v = np.zeros(nobs, dtype=np.float64)
cdef dtype_t[:, ::1] theta = innovations_algo(acov, nobs, v)
for n in range(nobs):
    print("n=%d v=%.12f theta[n,0]=%.12f theta[n,1]=%.12f" % (n, v[n], theta[n, 0],
                                                            theta[n, 1] if n > 1 else 0.0))
cdef dtype_t[::1] y = np.empty(nobs, dtype=np.float64)
for n in range(nobs):
    y[n] = ((n * 3) % 4 - 1.5) * 0.5
cdef dtype_t[::1] u = innovations_filter(y, theta)
print("innovations", u[0], u[1], u[2], u[7])
cdef dtype_t[::1] resid = np.empty(nobs, dtype=np.float64)
cdef dtype_t best = 1e300, ssr, best_phi = 0, best_theta = 0
for n in range(-4, 5):
    for k in range(-4, 5):
        ssr = arma_css(y, n * 0.25, k * 0.25, resid)
        if ssr < best:
            best, best_phi, best_theta = ssr, n * 0.25, k * 0.25
print("grid CSS minimum", best, "at phi", best_phi, "theta", best_theta)
