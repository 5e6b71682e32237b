# scikit-learn style (cluster/_hierarchical_fast, hdbscan/_linkage): the
# edges of a minimum spanning tree sorted with libc qsort and a cdef
# comparator over a struct array, then labelled into a single-linkage
# dendrogram (n-1, 4) with an array-based union-find.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport qsort, malloc, free
from libc.math cimport fabs

cnp.import_array()

ctypedef cnp.float64_t float64_t
ctypedef cnp.intp_t intp_t

cdef struct MST_edge_t:
    intp_t current_node
    intp_t next_node
    float64_t distance


cdef int _cmp_edges(const void* a, const void* b) noexcept nogil:
    cdef float64_t da = (<const MST_edge_t*>a).distance
    cdef float64_t db = (<const MST_edge_t*>b).distance
    if da < db:
        return -1
    if da > db:
        return 1
    return <int>((<const MST_edge_t*>a).next_node - (<const MST_edge_t*>b).next_node)


cdef intp_t mst_from_points(const float64_t[:, ::1] X, MST_edge_t* mst) noexcept nogil:
    """Prim's algorithm on the complete graph of the rows of X (L1 metric)."""
    cdef intp_t n = X.shape[0], n_edges = 0, i, j, k, current = 0, best
    cdef float64_t d, best_d
    cdef float64_t* min_d = <float64_t*>malloc(n * sizeof(float64_t))
    cdef intp_t* src = <intp_t*>malloc(n * sizeof(intp_t))
    cdef char* in_tree = <char*>malloc(n * sizeof(char))
    for i in range(n):
        min_d[i] = 1e300
        src[i] = 0
        in_tree[i] = 0
    in_tree[0] = 1
    for k in range(n - 1):
        best = -1
        best_d = 1e300
        for j in range(n):
            if in_tree[j]:
                continue
            d = 0
            for i in range(X.shape[1]):
                d += fabs(X[current, i] - X[j, i])
            if d < min_d[j]:
                min_d[j] = d
                src[j] = current
            if min_d[j] < best_d:
                best_d = min_d[j]
                best = j
        mst[n_edges].current_node = src[best]
        mst[n_edges].next_node = best
        mst[n_edges].distance = best_d
        n_edges += 1
        in_tree[best] = 1
        current = best
    free(min_d)
    free(src)
    free(in_tree)
    return n_edges


cdef intp_t uf_find(intp_t* parent, intp_t x) noexcept nogil:
    cdef intp_t root = x, nxt
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:  # path compression
        nxt = parent[x]
        parent[x] = root
        x = nxt
    return root


def single_linkage_label(const float64_t[:, ::1] X):
    cdef intp_t n = X.shape[0], i, a, b, next_label = n
    cdef MST_edge_t* mst = <MST_edge_t*>malloc((n - 1) * sizeof(MST_edge_t))
    cdef intp_t* parent = <intp_t*>malloc((2 * n - 1) * sizeof(intp_t))
    cdef intp_t* size = <intp_t*>malloc((2 * n - 1) * sizeof(intp_t))
    cdef float64_t[:, ::1] Z = np.empty((n - 1, 4), dtype=np.float64)
    mst_from_points(X, mst)
    qsort(mst, n - 1, sizeof(MST_edge_t), _cmp_edges)
    for i in range(2 * n - 1):
        parent[i] = i
        size[i] = 1
    for i in range(n - 1):
        a = uf_find(parent, mst[i].current_node)
        b = uf_find(parent, mst[i].next_node)
        if a > b:
            a, b = b, a
        Z[i, 0] = a
        Z[i, 1] = b
        Z[i, 2] = mst[i].distance
        Z[i, 3] = size[a] + size[b]
        parent[a] = parent[b] = next_label
        size[next_label] = size[a] + size[b]
        next_label += 1
    free(mst)
    free(parent)
    free(size)
    return np.asarray(Z)


cdef intp_t n = 9, r
cdef float64_t[:, ::1] pts = np.zeros((n, 2), dtype=np.float64)
for r in range(n):
    pts[r, 0] = (r % 3) * 4 + (r // 3) * 0.5
    pts[r, 1] = (r // 3) * 3 + (r % 2) * 0.25
cdef float64_t[:, ::1] Z = single_linkage_label(pts)
for r in range(n - 1):
    print(int(Z[r, 0]), int(Z[r, 1]), Z[r, 2], int(Z[r, 3]))
