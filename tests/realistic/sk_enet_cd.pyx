# scikit-learn style (linear_model/_cd_fast): elastic-net coordinate descent
# on Fortran-ordered X (floating[::1, :]), with small fused inline helpers
# (fsign, fmax, dot, axpy) and a residual kept up to date.
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


def enet_coordinate_descent(floating[::1] w, floating alpha, floating beta,
                            const floating[::1, :] X, const floating[::1] y,
                            int max_iter, floating tol):
    cdef:
        int n_samples = X.shape[0]
        int n_features = X.shape[1]
        int ii, n_iter = 0, i
        floating w_ii, d_w_max, w_max, d_w_ii, tmp
        floating[::1] norm_cols_X
        floating[::1] R

    dtype = np.float32 if floating is float else np.float64
    norm_cols_X = np.zeros(n_features, dtype=dtype)
    R = np.empty(n_samples, dtype=dtype)

    with nogil:
        for ii in range(n_features):
            norm_cols_X[ii] = _dot(n_samples, &X[0, ii], &X[0, ii])
        # R = y - X w
        for i in range(n_samples):
            R[i] = y[i]
        for ii in range(n_features):
            _axpy(n_samples, -w[ii], &X[0, ii], &R[0])

        for n_iter in range(max_iter):
            w_max = 0.0
            d_w_max = 0.0
            for ii in range(n_features):
                if norm_cols_X[ii] == 0.0:
                    continue
                w_ii = w[ii]
                if w_ii != 0.0:
                    _axpy(n_samples, w_ii, &X[0, ii], &R[0])
                tmp = _dot(n_samples, &X[0, ii], &R[0])
                w[ii] = (fsign(tmp) * fmax(fabs(tmp) - alpha, 0)
                         / (norm_cols_X[ii] + beta))
                if w[ii] != 0.0:
                    _axpy(n_samples, -w[ii], &X[0, ii], &R[0])
                d_w_ii = fabs(w[ii] - w_ii)
                d_w_max = fmax(d_w_max, d_w_ii)
                w_max = fmax(w_max, fabs(w[ii]))
            if w_max == 0.0 or d_w_max / w_max < tol:
                break
    return n_iter + 1


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
