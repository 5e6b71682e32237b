# SciPy style (cluster/vq/_vq.pyx): vector quantisation -- assign every
# observation to its nearest code-book entry, returning int32 codes and
# float distances; fused over float32/float64 with `cimport numpy as np`,
# inline helpers, and a k-means update step built on it.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
cimport cython
from cython cimport floating
from libc.math cimport sqrt

np.import_array()

ctypedef np.float64_t float64_t
ctypedef np.int32_t int32_t


cdef inline floating _sqeuclidean(const floating* a, const floating* b,
                                  Py_ssize_t n) noexcept nogil:
    cdef floating d, acc = 0
    cdef Py_ssize_t k
    for k in range(n):
        d = a[k] - b[k]
        acc += d * d
    return acc


cdef void _vq(const floating[:, ::1] obs, const floating[:, ::1] code_book,
              int32_t[::1] codes, floating[::1] low_dist) noexcept nogil:
    cdef Py_ssize_t i, j, nobs = obs.shape[0], ncodes = code_book.shape[0]
    cdef Py_ssize_t nfeat = obs.shape[1]
    cdef floating dist
    for i in range(nobs):
        codes[i] = 0
        low_dist[i] = _sqeuclidean(&obs[i, 0], &code_book[0, 0], nfeat)
        for j in range(1, ncodes):
            dist = _sqeuclidean(&obs[i, 0], &code_book[j, 0], nfeat)
            if dist < low_dist[i]:
                codes[i] = <int32_t>j
                low_dist[i] = dist
        low_dist[i] = sqrt(low_dist[i])


def vq(const floating[:, ::1] obs, const floating[:, ::1] code_book,
       floating[::1] low_dist):
    if obs.shape[1] != code_book.shape[1]:
        raise ValueError("observation and code_book should have the same rank")
    cdef int32_t[::1] codes = np.empty(obs.shape[0], dtype=np.int32)
    with nogil:
        _vq(obs, code_book, codes, low_dist)
    return np.asarray(codes)


@cython.cdivision(True)
def update_cluster_means(const float64_t[:, ::1] obs, const int32_t[::1] labels,
                         float64_t[:, ::1] cb):
    cdef Py_ssize_t i, j, k = cb.shape[0], nfeat = obs.shape[1]
    cdef np.intp_t[::1] obs_count = np.zeros(k, dtype=np.intp)
    cb[:, :] = 0
    for i in range(obs.shape[0]):
        obs_count[labels[i]] += 1
        for j in range(nfeat):
            cb[labels[i], j] += obs[i, j]
    for i in range(k):
        if obs_count[i] > 0:
            for j in range(nfeat):
                cb[i, j] /= obs_count[i]
    return np.asarray(obs_count)


cdef Py_ssize_t n = 15, i, it
cdef float64_t[:, ::1] obs = np.empty((n, 2), dtype=np.float64)
cdef float[:, ::1] obs32 = np.empty((n, 2), dtype=np.float32)
for i in range(n):
    obs[i, 0] = (i % 5) * 2 + (i // 5) * 10
    obs[i, 1] = (i * 3) % 4 - (i // 5) * 4
    obs32[i, 0] = <float>obs[i, 0]
    obs32[i, 1] = <float>obs[i, 1]
cdef float64_t[:, ::1] cb = np.empty((3, 2), dtype=np.float64)
cdef float[:, ::1] cb32 = np.empty((3, 2), dtype=np.float32)
for i in range(3):
    cb[i, 0], cb[i, 1] = i * 4.0, -i * 1.0
    cb32[i, 0], cb32[i, 1] = cb[i, 0], cb[i, 1]
cdef float64_t[::1] dist = np.empty(n, dtype=np.float64)
cdef float[::1] dist32 = np.empty(n, dtype=np.float32)
cdef int32_t[::1] codes
cdef np.intp_t[::1] counts
for it in range(4):
    codes = vq(obs, cb, dist)
    counts = update_cluster_means(obs, codes, cb)
    print("iter", it, "counts", counts[0], counts[1], counts[2],
          "cb", cb[0, 0], cb[0, 1], cb[1, 0], cb[1, 1], cb[2, 0], cb[2, 1])
cdef int32_t[::1] codes32 = vq(obs32, cb32, dist32)
cdef double total = 0, total32 = 0
for i in range(n):
    total += dist[i]
    total32 += dist32[i]
print("distances", total, "float32", total32, "codes32[14]", codes32[14])
