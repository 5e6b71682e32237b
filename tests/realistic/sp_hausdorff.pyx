# SciPy style (spatial/_hausdorff.pyx): directed Hausdorff distance with
# the early-break inner loop, returning (distance, index of the point in A,
# index in B) as a ctuple from a cdef function; def wrapper builds the
# symmetric distance.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
cimport cython
from libc.math cimport sqrt

np.import_array()


cdef (double, Py_ssize_t, Py_ssize_t) _directed_hausdorff(const double[:, ::1] ar1,
                                                          const double[:, ::1] ar2) noexcept nogil:
    cdef double cmax = 0.0, cmin, d
    cdef Py_ssize_t N1 = ar1.shape[0], N2 = ar2.shape[0], data_dims = ar1.shape[1]
    cdef Py_ssize_t i, j, k, i_store = 0, j_store = 0, i_ret = 0, j_ret = 0
    cdef bint no_break_occurred
    for i in range(N1):
        no_break_occurred = True
        cmin = 1e300
        for j in range(N2):
            d = 0
            for k in range(data_dims):
                d += (ar1[i, k] - ar2[j, k]) * (ar1[i, k] - ar2[j, k])
            if d < cmax:  # break out of the inner loop: this point cannot win
                no_break_occurred = False
                break
            if d < cmin:
                cmin = d
                i_store = i
                j_store = j
        if cmin >= cmax and no_break_occurred:
            cmax = cmin
            i_ret = i_store
            j_ret = j_store
    return sqrt(cmax), i_ret, j_ret


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
