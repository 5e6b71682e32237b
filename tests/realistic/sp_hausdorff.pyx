# SciPy style (spatial/_hausdorff.pyx): directed Hausdorff distance with an
# early exit from the inner scan, returning (distance, index of the point in
# A, index in B) as a ctuple from a cdef function, unpacked by tuple
# assignment inside `with nogil`; the symmetric distance from two calls.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
cimport cython
from libc.math cimport sqrt

np.import_array()


cdef inline double _sqdist(const double[:, ::1] a, Py_ssize_t i,
                          const double[:, ::1] b, Py_ssize_t j) noexcept nogil:
    cdef double acc = 0, d
    cdef Py_ssize_t k
    for k in range(a.shape[1]):
        d = a[i, k] - b[j, k]
        acc += d * d
    return acc


cdef (double, Py_ssize_t, Py_ssize_t) _directed_hausdorff(const double[:, ::1] ar1,
                                                          const double[:, ::1] ar2) noexcept nogil:
    # max over i of min over j of |ar1[i] - ar2[j]|; a point whose running
    # minimum falls below the best maximum so far cannot change the answer,
    # so its scan stops early
    cdef double best = 0.0, nearest, d
    cdef Py_ssize_t i, j, best_i = 0, best_j = 0, nearest_j
    cdef bint pruned
    for i in range(ar1.shape[0]):
        nearest = 1e300
        nearest_j = 0
        pruned = False
        for j in range(ar2.shape[0]):
            d = _sqdist(ar1, i, ar2, j)
            if d < best:
                pruned = True
                break
            if d < nearest:
                nearest, nearest_j = d, j
        if not pruned and nearest >= best:
            best, best_i, best_j = nearest, i, nearest_j
    return sqrt(best), best_i, best_j


def directed_hausdorff(const double[:, ::1] u, const double[:, ::1] v):
    if u.shape[1] != v.shape[1]:
        raise ValueError('u and v need to have the same number of columns, got %d and %d'
                         % (u.shape[1], v.shape[1]))
    cdef double d
    cdef Py_ssize_t i, j
    with nogil:
        d, i, j = _directed_hausdorff(u, v)
    return d


cdef Py_ssize_t na = 10, nb = 7, i
cdef double[:, ::1] A = np.empty((na, 2), dtype=np.float64)
cdef double[:, ::1] B = np.empty((nb, 2), dtype=np.float64)
for i in range(na):
    A[i, 0] = (i * 3) % 10
    A[i, 1] = (i * 7) % 5 - 2
for i in range(nb):
    B[i, 0] = i * 1.5
    B[i, 1] = (i % 3) * 2 - 1.0
cdef (double, Py_ssize_t, Py_ssize_t) res = _directed_hausdorff(A, B)
print("h(A, B) =", res[0], "from A[%d] to B[%d]" % (res[1], res[2]))
res = _directed_hausdorff(B, A)
print("h(B, A) =", res[0], "from B[%d] to A[%d]" % (res[1], res[2]))
print("symmetric:", max(directed_hausdorff(A, B), directed_hausdorff(B, A)))
cdef double[:, ::1] C = np.zeros((3, 3), dtype=np.float64)
directed_hausdorff(A, C)
