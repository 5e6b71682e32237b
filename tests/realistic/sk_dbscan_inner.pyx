# scikit-learn style (cluster/_dbscan_inner): label propagation over a
# precomputed CSR neighbourhood graph with an explicit stack grown with
# PyMem_Realloc through pointer-to-pointer arguments (`except -1` helpers,
# try/finally); core samples are marked in a uint8 view.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free

cnp.import_array()


cdef int _push(cnp.intp_t** stack, Py_ssize_t* capacity, Py_ssize_t* top,
               cnp.intp_t v) except -1:
    cdef cnp.intp_t* grown
    if top[0] == capacity[0]:
        grown = <cnp.intp_t*>PyMem_Realloc(stack[0], 2 * capacity[0] * sizeof(cnp.intp_t))
        if grown == NULL:
            raise MemoryError("cannot grow the stack beyond %d entries" % capacity[0])
        stack[0] = grown
        capacity[0] *= 2
    stack[0][top[0]] = v
    top[0] += 1
    return 0


cdef int dbscan_inner(const cnp.uint8_t[::1] is_core,
                      const cnp.intp_t[::1] nb_indptr,
                      const cnp.intp_t[::1] nb_indices,
                      cnp.intp_t[::1] labels) except -1:
    """Flood each unlabelled core point's density-reachable set with a new
    label; border points get the label but do not spread it."""
    cdef cnp.intp_t seed, p, q, e, n_labels = 0
    cdef Py_ssize_t capacity = 4, top = 0
    cdef cnp.intp_t* stack = <cnp.intp_t*>PyMem_Malloc(capacity * sizeof(cnp.intp_t))
    if stack == NULL:
        raise MemoryError()
    try:
        for seed in range(labels.shape[0]):
            if labels[seed] != -1 or not is_core[seed]:
                continue
            labels[seed] = n_labels
            _push(&stack, &capacity, &top, seed)
            while top > 0:
                top -= 1
                p = stack[top]
                if not is_core[p]:
                    continue
                for e in range(nb_indptr[p], nb_indptr[p + 1]):
                    q = nb_indices[e]
                    if labels[q] == -1:
                        labels[q] = n_labels
                        _push(&stack, &capacity, &top, q)
            n_labels += 1
    finally:
        PyMem_Free(stack)
    return n_labels


# points on a line: three groups and two outliers; eps = 1.5, min_samples = 3
cdef Py_ssize_t n = 16, a, b, nnz = 0
cdef double[::1] x = np.empty(n, dtype=np.float64)
cdef Py_ssize_t p
for p in range(n):
    x[p] = p + (4 if p >= 6 else 0) + (5 if p >= 11 else 0) + (3 if p == 15 else 0)
cdef cnp.intp_t[::1] indptr = np.zeros(n + 1, dtype=np.intp)
cdef cnp.intp_t[::1] indices = np.zeros(n * n, dtype=np.intp)
cdef cnp.uint8_t[::1] core = np.zeros(n, dtype=np.uint8)
for a in range(n):
    for b in range(n):
        if -1.5 <= x[a] - x[b] <= 1.5:
            indices[nnz] = b
            nnz += 1
    indptr[a + 1] = nnz
    core[a] = (indptr[a + 1] - indptr[a]) >= 3
cdef cnp.intp_t[::1] labels = np.full(n, -1, dtype=np.intp)
cdef int n_clusters = dbscan_inner(core, indptr, indices, labels)
print("edges", nnz, "clusters", n_clusters)
for p in range(n):
    print(p, x[p], "core" if core[p] else "    ", labels[p])
