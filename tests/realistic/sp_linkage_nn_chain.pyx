# SciPy style (cluster/_hierarchy.pyx): hierarchical clustering by the
# nearest-neighbour chain algorithm on a condensed distance matrix with
# complete linkage (Lance-Williams update), condensed_index as an inline
# function, the linkage matrix Z (n-1, 4) in float64, then relabelled in
# merge order with an array union-find.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from libc.math cimport INFINITY
from libc.string cimport memcpy

np.import_array()


cdef inline np.npy_int64 condensed_index(np.npy_int64 n, np.npy_int64 i,
                                         np.npy_int64 j) noexcept nogil:
    if i < j:
        return n * i - (i * (i + 1) // 2) + (j - i - 1)
    elif i > j:
        return n * j - (j * (j + 1) // 2) + (i - j - 1)
    return -1


def nn_chain(const double[:] dists, int n):
    cdef double[:, ::1] Z = np.empty((n - 1, 4), dtype=np.float64)
    cdef double[::1] D = np.empty(n * (n - 1) // 2, dtype=np.float64)
    cdef int[::1] size = np.ones(n, dtype=np.intc)
    cdef int[::1] cluster_chain = np.empty(n, dtype=np.intc)
    cdef int chain_length = 0, i, j, k, x = 0, y = 0, nx, ny, ni
    cdef double current_min, dist
    memcpy(&D[0], &dists[0], D.shape[0] * sizeof(double))
    for k in range(n - 1):
        if chain_length == 0:
            chain_length = 1
            for i in range(n):
                if size[i] > 0:
                    cluster_chain[0] = i
                    break
        while True:
            x = cluster_chain[chain_length - 1]
            if chain_length > 1:
                y = cluster_chain[chain_length - 2]
                current_min = D[condensed_index(n, x, y)]
            else:
                current_min = INFINITY
            for i in range(n):
                if size[i] == 0 or x == i:
                    continue
                dist = D[condensed_index(n, x, i)]
                if dist < current_min:
                    current_min = dist
                    y = i
            if chain_length > 1 and y == cluster_chain[chain_length - 2]:
                break
            cluster_chain[chain_length] = y
            chain_length += 1
        chain_length -= 2
        if x > y:
            x, y = y, x
        nx = size[x]
        ny = size[y]
        Z[k, 0] = x
        Z[k, 1] = y
        Z[k, 2] = current_min
        Z[k, 3] = nx + ny
        size[x] = 0
        size[y] = nx + ny
        for i in range(n):
            ni = size[i]
            if ni == 0 or i == y:
                continue
            # complete linkage
            D[condensed_index(n, i, y)] = max(D[condensed_index(n, i, x)],
                                              D[condensed_index(n, i, y)])
    return np.asarray(Z)


cdef int find(int* parent, int x) noexcept nogil:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def label(double[:, ::1] Z, int n):
    """Replace the (x, y) of each merge by cluster ids n, n+1, ... (in place)."""
    cdef int[::1] parent = np.arange(2 * n - 1, dtype=np.intc)
    cdef int[::1] rep = np.arange(n, dtype=np.intc)
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
