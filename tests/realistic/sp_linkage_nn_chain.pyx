# SciPy style (cluster/_hierarchy.pyx): hierarchical clustering by the
# nearest-neighbour chain algorithm with complete linkage, reading a
# condensed distance matrix through an inline condensed_index, working on a
# square copy, writing the linkage matrix Z (n-1, 4) in float64, then
# relabelling it in merge order with an array union-find.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from libc.math cimport INFINITY

np.import_array()


cdef inline np.npy_int64 condensed_index(np.npy_int64 n, np.npy_int64 i,
                                         np.npy_int64 j) noexcept nogil:
    if i < j:
        return n * i - (i * (i + 1) // 2) + (j - i - 1)
    elif i > j:
        return n * j - (j * (j + 1) // 2) + (i - j - 1)
    return -1


cdef inline int _nearest_active(const double[:, ::1] D, const int[::1] size, int a,
                                int prefer) noexcept nogil:
    """Nearest active cluster to a; on ties keep `prefer` (the chain's previous element)."""
    cdef int j, best = prefer
    cdef double best_d = D[a, prefer] if prefer >= 0 else INFINITY
    for j in range(D.shape[0]):
        if j != a and size[j] > 0 and D[a, j] < best_d:
            best_d = D[a, j]
            best = j
    return best


def nn_chain(const double[:] dists, int n):
    """Complete linkage by nearest-neighbour chains; Z rows are (a, b, d, size)
    with a < b the surviving slots, before relabelling."""
    cdef double[:, ::1] Z = np.empty((n - 1, 4), dtype=np.float64)
    cdef double[:, ::1] D = np.zeros((n, n), dtype=np.float64)
    cdef int[::1] size = np.ones(n, dtype=np.intc)
    cdef int[::1] chain = np.empty(n, dtype=np.intc)
    cdef int depth = 0, merges = 0, a, b, nb, j
    for a in range(n):
        for b in range(a + 1, n):
            D[a, b] = D[b, a] = dists[condensed_index(n, a, b)]
    while merges < n - 1:
        if depth == 0:
            for j in range(n):
                if size[j] > 0:
                    chain[0] = j
                    depth = 1
                    break
        a = chain[depth - 1]
        nb = _nearest_active(D, size, a, chain[depth - 2] if depth > 1 else -1)
        if depth > 1 and nb == chain[depth - 2]:
            # reciprocal nearest neighbours: merge them into the larger slot
            b = chain[depth - 2]
            depth -= 2
            if a > b:
                a, b = b, a
            Z[merges, 0] = a
            Z[merges, 1] = b
            Z[merges, 2] = D[a, b]
            Z[merges, 3] = size[a] + size[b]
            size[b] += size[a]
            size[a] = 0
            for j in range(n):
                if size[j] > 0 and j != b:
                    D[b, j] = D[j, b] = max(D[a, j], D[b, j])
            merges += 1
        else:
            chain[depth] = nb
            depth += 1
    return np.asarray(Z)


cdef int find(int* parent, int x) noexcept nogil:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def label(double[:, ::1] Z, int n):
    """Replace the (x, y) of each merge by cluster ids n, n+1, ... (in place)."""
    cdef int[::1] parent = np.arange(2 * n - 1, dtype=np.intc)
    cdef int i, x, y, root_x, root_y
    for i in range(n - 1):
        x, y = <int>Z[i, 0], <int>Z[i, 1]
        root_x = find(&parent[0], x)
        root_y = find(&parent[0], y)
        Z[i, 0], Z[i, 1] = min(root_x, root_y), max(root_x, root_y)
        parent[root_x] = parent[root_y] = n + i


cdef int n = 8, i, j
cdef double[::1] pts = np.empty(n, dtype=np.float64)
for i in range(n):
    pts[i] = (i * 5) % 8 * 1.5 + (i % 3) * 0.25
cdef double[::1] dists = np.empty(n * (n - 1) // 2, dtype=np.float64)
for i in range(n):
    for j in range(i + 1, n):
        dists[condensed_index(n, i, j)] = abs(pts[i] - pts[j])
cdef double[:, ::1] Z = nn_chain(dists, n)
label(Z, n)
for i in range(n - 1):
    print(int(Z[i, 0]), int(Z[i, 1]), Z[i, 2], int(Z[i, 3]))
