# statsmodels style (robust/_qn.pyx and robust.scale): the Qn robust scale
# estimator as the k-th order statistic of the pairwise absolute
# differences (quickselect over a PyMem_Malloc'd buffer with tuple swaps),
# returned with its raw order statistic as a ctuple from an `except *` cdef,
# the finite-sample correction factor, and the MAD alongside.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from cpython.mem cimport PyMem_Malloc, PyMem_Free
from libc.math cimport fabs

np.import_array()


cdef double _select(double* a, Py_ssize_t n, Py_ssize_t k) noexcept nogil:
    """k-th smallest (0-based) of a[0:n], partially reordering a."""
    cdef Py_ssize_t lo = 0, hi = n - 1, i, j
    cdef double pivot
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            break
    return a[k]


cdef (double, double) qn_scale(const double[::1] x) except *:
    cdef Py_ssize_t n = x.shape[0], h, k, i, j, m = 0
    cdef double dn, c = 2.21914
    cdef double* diffs
    if n < 2:
        raise ValueError(f"Qn needs at least 2 observations, got {n}")
    h = n // 2 + 1
    k = h * (h - 1) // 2
    diffs = <double*>PyMem_Malloc(n * (n - 1) // 2 * sizeof(double))
    if not diffs:
        raise MemoryError()
    try:
        for i in range(n):
            for j in range(i + 1, n):
                diffs[m] = fabs(x[i] - x[j])
                m += 1
        dn = _select(diffs, m, k - 1)
    finally:
        PyMem_Free(diffs)
    # small-sample correction (Croux and Rousseeuw)
    if n <= 9:
        if n == 2:
            c *= 0.399
        elif n == 3:
            c *= 0.994
        elif n == 4:
            c *= 0.512
        elif n == 5:
            c *= 0.844
        elif n == 6:
            c *= 0.611
        elif n == 7:
            c *= 0.857
        elif n == 8:
            c *= 0.669
        else:
            c *= 0.872
    elif n % 2 == 1:
        c *= n / (n + 1.4)
    else:
        c *= n / (n + 3.8)
    return c * dn, dn


def mad(const double[::1] x):
    cdef Py_ssize_t n = x.shape[0], i
    cdef double med, res
    cdef double* buf = <double*>PyMem_Malloc(n * sizeof(double))
    for i in range(n):
        buf[i] = x[i]
    med = (_select(buf, n, (n - 1) // 2) + _select(buf, n, n // 2)) / 2
    for i in range(n):
        buf[i] = fabs(x[i] - med)
    res = (_select(buf, n, (n - 1) // 2) + _select(buf, n, n // 2)) / 2
    PyMem_Free(buf)
    return res


cdef Py_ssize_t i, n
cdef double[::1] x = np.empty(15, dtype=np.float64)
for i in range(15):
    x[i] = ((i * 11) % 15) * 0.5 + (i % 3) * 0.25
x[4] = 100.0
cdef double q, d
for n in range(2, 16, 3):
    q, d = qn_scale(x[:n])
    print(f"n={n:2d} Qn={q:.10f} d_n={d} MAD={mad(x[:n])}")
qn_scale(x[:1])
