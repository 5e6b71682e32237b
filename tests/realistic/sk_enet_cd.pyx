# scikit-learn style (linear_model/_cd_fast): elastic-net coordinate descent
# on Fortran-ordered X (floating[::1, :]), with small fused inline helpers
# (fsign, fmax, soft threshold, dot, axpy), a residual kept up to date and
# the work arrays' dtype picked with `np.float32 if floating is float`.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython cimport floating
from libc.math cimport fabs

cnp.import_array()


cdef inline floating fmax(floating x, floating y) noexcept nogil:
    if x > y:
        return x
    return y


cdef inline floating fsign(floating f) noexcept nogil:
    if f == 0:
        return 0
    elif f > 0:
        return 1.0
    else:
        return -1.0


cdef inline floating _dot(int n, const floating* x, const floating* y) noexcept nogil:
    cdef int i
    cdef floating acc = 0
    for i in range(n):
        acc += x[i] * y[i]
    return acc


cdef inline void _axpy(int n, floating alpha, const floating* x, floating* y) noexcept nogil:
    cdef int i
    for i in range(n):
        y[i] += alpha * x[i]


cdef inline floating soft_threshold(floating z, floating gamma) noexcept nogil:
    return fsign(z) * fmax(fabs(z) - gamma, 0)


def enet_coordinate_descent(floating[::1] w, floating alpha, floating beta,
                            const floating[::1, :] X, const floating[::1] y,
                            int max_iter, floating tol):
    """Minimise 1/2 |y - Xw|^2 + alpha |w|_1 + beta/2 |w|^2 by cyclic
    coordinate updates; stops when the largest update is below tol times the
    largest coefficient. Returns the number of sweeps."""
    cdef:
        int n_samples = X.shape[0]
        int n_features = X.shape[1]
        int j, sweep, sweeps = 0
        floating old, rho, largest_step, largest_coef
        floating[::1] col_sq
        floating[::1] resid

    dtype = np.float32 if floating is float else np.float64
    col_sq = np.zeros(n_features, dtype=dtype)
    resid = np.empty(n_samples, dtype=dtype)

    with nogil:
        resid[:] = y
        for j in range(n_features):
            col_sq[j] = _dot(n_samples, &X[0, j], &X[0, j])
            _axpy(n_samples, -w[j], &X[0, j], &resid[0])
        for sweep in range(max_iter):
            sweeps += 1
            largest_step = 0
            largest_coef = 0
            for j in range(n_features):
                if col_sq[j] == 0:
                    continue
                old = w[j]
                # correlation of column j with the residual that excludes it
                rho = _dot(n_samples, &X[0, j], &resid[0]) + col_sq[j] * old
                w[j] = soft_threshold(rho, alpha) / (col_sq[j] + beta)
                if w[j] != old:
                    _axpy(n_samples, old - w[j], &X[0, j], &resid[0])
                largest_step = fmax(largest_step, fabs(w[j] - old))
                largest_coef = fmax(largest_coef, fabs(w[j]))
            if largest_coef == 0 or largest_step <= tol * largest_coef:
                break
    return sweeps


cdef int n_samples = 8, n_features = 4, i, j
cdef double[::1, :] X = np.zeros((n_samples, n_features), dtype=np.float64, order='F')
cdef double[::1] y = np.zeros(n_samples, dtype=np.float64)
cdef double[::1] w = np.zeros(n_features, dtype=np.float64)
for i in range(n_samples):
    for j in range(n_features):
        X[i, j] = ((i + 1) * (j + 2)) % 5 - 2
    y[i] = 2 * X[i, 0] - X[i, 2] + 0.5 * (i % 2)
cdef int n_iter = enet_coordinate_descent(w, 1.0, 0.5, X, y, 50, 1e-6)
print("n_iter", n_iter)
print("w", w[0], w[1], w[2], w[3])
print("strides of X:", X.strides[0], X.strides[1])

cdef float[::1, :] Xf = np.empty((n_samples, n_features), dtype=np.float32, order='F')
cdef float[::1] yf = np.empty(n_samples, dtype=np.float32)
cdef float[::1] wf = np.zeros(n_features, dtype=np.float32)
for i in range(n_samples):
    yf[i] = <float>y[i]
    for j in range(n_features):
        Xf[i, j] = <float>X[i, j]
n_iter = enet_coordinate_descent(wf, 1.0, 0.5, Xf, yf, 5, 0.0)
print("float32 after", n_iter, "iterations:", wf[0], wf[1], wf[2], wf[3])
