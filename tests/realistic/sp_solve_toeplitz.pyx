# SciPy style (linalg/_solve_toeplitz.pyx, solve_toeplitz): solve a
# symmetric positive definite Toeplitz system T x = b given its first row,
# by Levinson's recursion (the Durbin step for the auxiliary vector plus the
# update of x), with work vectors from cython.view.array (the `cvarray`
# idiom), a fused float/double type `dz`, and the result in an np.zeros view.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython
from cython.view cimport array as cvarray

cnp.import_array()

ctypedef fused dz:
    float
    double


def levinson_symmetric(const dz[::1] row, const dz[::1] b):
    cdef Py_ssize_t n = b.shape[0], k, i
    cdef dz t0, alpha, beta, mu, acc
    cdef dz[::1] y, tmp, x
    if row.shape[0] != n:
        raise ValueError("first row has %d entries for a system of size %d" % (row.shape[0], n))
    if row[0] <= 0:
        raise ValueError("diagonal must be positive, got {}".format(row[0]))
    if dz is float:
        x = np.zeros(n, dtype=np.float32)
        y = cvarray(shape=(n,), itemsize=sizeof(float), format="f")
        tmp = cvarray(shape=(n,), itemsize=sizeof(float), format="f")
    else:
        x = np.zeros(n, dtype=np.float64)
        y = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
        tmp = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    # work with the unit-diagonal matrix T / t0
    t0 = row[0]
    x[0] = b[0] / t0
    if n == 1:
        return np.asarray(x)
    y[0] = -row[1] / t0
    alpha = y[0]
    beta = 1
    for k in range(1, n):
        beta = (1 - alpha * alpha) * beta
        if beta <= 0:
            raise ValueError(f"matrix is not positive definite (step {k})")
        acc = b[k] / t0
        for i in range(k):
            acc = acc - row[i + 1] / t0 * x[k - 1 - i]
        mu = acc / beta
        for i in range(k):
            tmp[i] = x[i] + mu * y[k - 1 - i]
        for i in range(k):
            x[i] = tmp[i]
        x[k] = mu
        if k < n - 1:
            acc = row[k + 1] / t0
            for i in range(k):
                acc = acc + row[i + 1] / t0 * y[k - 1 - i]
            alpha = -acc / beta
            for i in range(k):
                tmp[i] = y[i] + alpha * y[k - 1 - i]
            for i in range(k):
                y[i] = tmp[i]
            y[k] = alpha
    return np.asarray(x)


cdef Py_ssize_t n = 6, i, j
cdef double[::1] row = np.empty(n, dtype=np.float64)
cdef double[::1] b = np.empty(n, dtype=np.float64)
for i in range(n):
    row[i] = 4.0 if i == 0 else 0.5 ** i
    b[i] = i - 2.5
cdef double[::1] x = levinson_symmetric(row, b)
cdef double resid, worst = 0
for i in range(n):
    resid = -b[i]
    for j in range(n):
        resid += row[abs(i - j)] * x[j]
    worst = max(worst, abs(resid))
print("x", x[0], x[1], x[2], x[5])
print("residual below 1e-12:", worst < 1e-12)
cdef float[::1] rowf = np.empty(n, dtype=np.float32)
cdef float[::1] bf = np.empty(n, dtype=np.float32)
for i in range(n):
    rowf[i] = <float>row[i]
    bf[i] = <float>b[i]
cdef float[::1] xf = levinson_symmetric(rowf, bf)
print("float32 x0 %.5f x5 %.5f" % (xf[0], xf[5]))
row[1] = 4.5
levinson_symmetric(row, b)
