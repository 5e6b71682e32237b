# SciPy style (stats/_qmc_cy.pyx): centered and wrap-around L2 discrepancy of
# a point set in the unit cube, the O(n^2 d) double sum split over rows in
# a prange inside `with nogil, parallel(num_threads=...)`, each thread
# summing into a malloc'd private accumulator that is merged under
# `with gil`; a van der Corput generator builds the deterministic points.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
cimport cython
from cython.parallel cimport prange, parallel
from libc.math cimport fabs, sqrt
from libc.stdlib cimport malloc, free

cnp.import_array()


cdef double van_der_corput(long n, long base) noexcept nogil:
    cdef double q = 0, bk = 1.0 / base
    while n > 0:
        q += (n % base) * bk
        n //= base
        bk /= base
    return q


cdef double _centered_pair(const double[:, ::1] x, Py_ssize_t i, Py_ssize_t j) noexcept nogil:
    cdef double prod = 1, a, b
    cdef Py_ssize_t k
    for k in range(x.shape[1]):
        a = fabs(x[i, k] - 0.5)
        b = fabs(x[j, k] - 0.5)
        prod *= 1 + 0.5 * a + 0.5 * b - 0.5 * fabs(x[i, k] - x[j, k])
    return prod


cdef double _wrap_pair(const double[:, ::1] x, Py_ssize_t i, Py_ssize_t j) noexcept nogil:
    cdef double prod = 1, d
    cdef Py_ssize_t k
    for k in range(x.shape[1]):
        d = fabs(x[i, k] - x[j, k])
        prod *= 1.5 - d * (1 - d)
    return prod


def discrepancy(const double[:, ::1] x, bint wrap=False, int workers=2):
    cdef Py_ssize_t n = x.shape[0], d = x.shape[1], i, j, k
    cdef double first = 1.0, single = 0.0, prod, a
    # a scalar `+=` inside parallel() would be a reduction, which Cython
    # refuses in parallel blocks: the merge goes through a 1-element view
    cdef double[::1] total = np.zeros(1, dtype=np.float64)
    cdef double* local
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    # the single sum is cheap and stays serial
    if not wrap:
        for k in range(d):
            first *= 13.0 / 12.0
        for i in range(n):
            prod = 1
            for k in range(d):
                a = fabs(x[i, k] - 0.5)
                prod *= 1 + 0.5 * a - 0.5 * a * a
            single += prod
    else:
        for k in range(d):
            first *= 4.0 / 3.0
        first = -first
    with nogil, parallel(num_threads=workers):
        local = <double*>malloc(sizeof(double))
        local[0] = 0
        for i in prange(n, schedule='static'):
            for j in range(n):
                local[0] += _wrap_pair(x, i, j) if wrap else _centered_pair(x, i, j)
        with gil:
            total[0] += local[0]
        free(local)
    if wrap:
        return first + total[0] / (n * n)
    return first - 2.0 / n * single + total[0] / (n * n)


cdef Py_ssize_t n = 16, i
cdef double[:, ::1] pts = np.empty((n, 2), dtype=np.float64)
for i in range(n):
    pts[i, 0] = (i + 0.5) / n
    pts[i, 1] = van_der_corput(i, 2)
cdef double cd = discrepancy(pts)
cdef double wd = discrepancy(pts, True, 1)
print("centered L2 discrepancy %.12f (sqrt %.9f)" % (cd, sqrt(cd)))
print("wrap-around L2 discrepancy %.12f" % wd)
for i in range(n):
    pts[i, 1] = pts[i, 0]
print("diagonal set: %.12f" % discrepancy(pts))
print("van der Corput base 3:", van_der_corput(1, 3) * 27, van_der_corput(5, 3) * 27,
      van_der_corput(26, 3) * 27)
discrepancy(pts, workers=0)
