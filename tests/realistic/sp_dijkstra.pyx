# SciPy style (sparse/csgraph/_shortest_path.pyx): Dijkstra's algorithm on
# a weighted CSR graph from several sources with a binary heap of
# `cdef struct HeapNode` records in a C array, dist_matrix (n_src, N)
# preset to INFINITY with np.full, predecessors to NULL_IDX; path
# reconstruction by walking predecessors.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as np
from libc.math cimport INFINITY, isinf
from libc.stdlib cimport malloc, free

np.import_array()

ctypedef np.float64_t DTYPE_t
ctypedef np.int32_t ITYPE_t
cdef ITYPE_t NULL_IDX = -9999

cdef struct HeapNode:
    DTYPE_t val
    ITYPE_t index


cdef inline void _push(HeapNode* heap, int* size, DTYPE_t val, ITYPE_t index) noexcept nogil:
    cdef int i = size[0], parent
    size[0] += 1
    heap[i].val = val
    heap[i].index = index
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent].val <= heap[i].val:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


cdef inline HeapNode _pop(HeapNode* heap, int* size) noexcept nogil:
    cdef HeapNode top = heap[0]
    cdef int i = 0, c
    size[0] -= 1
    heap[0] = heap[size[0]]
    while True:
        c = 2 * i + 1
        if c >= size[0]:
            break
        if c + 1 < size[0] and heap[c + 1].val < heap[c].val:
            c += 1
        if heap[i].val <= heap[c].val:
            break
        heap[i], heap[c] = heap[c], heap[i]
        i = c
    return top


cdef int _dijkstra_one(ITYPE_t source, const DTYPE_t[::1] data, const ITYPE_t[::1] indices,
                       const ITYPE_t[::1] indptr, DTYPE_t[::1] dist,
                       ITYPE_t[::1] pred, DTYPE_t limit) noexcept nogil:
    cdef int N = dist.shape[0], size = 0, pops = 0
    cdef HeapNode* heap = <HeapNode*>malloc(indices.shape[0] * sizeof(HeapNode) + sizeof(HeapNode))
    cdef HeapNode node
    cdef ITYPE_t j, v
    cdef DTYPE_t nd
    dist[source] = 0
    _push(heap, &size, 0, source)
    while size > 0:
        node = _pop(heap, &size)
        pops += 1
        if node.val > dist[node.index]:
            continue   # stale entry
        for j in range(indptr[node.index], indptr[node.index + 1]):
            v = indices[j]
            nd = node.val + data[j]
            if nd < dist[v] and nd <= limit:
                dist[v] = nd
                pred[v] = node.index
                _push(heap, &size, nd, v)
    free(heap)
    return pops


def dijkstra(const DTYPE_t[::1] data, const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
             const ITYPE_t[::1] sources, ITYPE_t[:, ::1] predecessors,
             DTYPE_t limit=INFINITY):
    cdef int N = indptr.shape[0] - 1, k
    cdef DTYPE_t[:, ::1] dist_matrix = np.full((sources.shape[0], N), np.inf, dtype=np.float64)
    predecessors[:, :] = NULL_IDX
    with nogil:
        for k in range(sources.shape[0]):
            _dijkstra_one(sources[k], data, indices, indptr, dist_matrix[k],
                          predecessors[k], limit)
    return np.asarray(dist_matrix)


# directed grid graph 3 x 4: right edges weight 1 + c/4, down edges 2 - r/2
cdef int R = 3, C = 4, N = 12, r, c, nnz = 0, k
cdef DTYPE_t[::1] data = np.empty(2 * N, dtype=np.float64)
cdef ITYPE_t[::1] indices = np.empty(2 * N, dtype=np.int32)
cdef ITYPE_t[::1] indptr = np.zeros(N + 1, dtype=np.int32)
for r in range(R):
    for c in range(C):
        if c + 1 < C:
            indices[nnz] = r * C + c + 1
            data[nnz] = 1 + c / 4.0
            nnz += 1
        if r + 1 < R:
            indices[nnz] = (r + 1) * C + c
            data[nnz] = 2 - r / 2.0
            nnz += 1
        indptr[r * C + c + 1] = nnz
cdef ITYPE_t[::1] sources = np.empty(2, dtype=np.int32)
sources[0], sources[1] = 0, 5
cdef ITYPE_t[:, ::1] pred = np.empty((2, N), dtype=np.int32)
cdef DTYPE_t[:, ::1] D = dijkstra(data[:nnz], indices[:nnz], indptr, sources, pred)
cdef int unreachable
for k in range(2):
    unreachable = 0
    for c in range(N):
        unreachable += isinf(D[k, c])
    print("from", sources[k], ":", D[k, 0], D[k, 3], D[k, 6], D[k, 11], "unreachable:",
          unreachable)
cdef ITYPE_t v = 11
cdef int hops = 0
while v != NULL_IDX:
    hops += 1
    v = pred[0, v]
print("path 0 -> 11 visits", hops, "nodes")
D = dijkstra(data[:nnz], indices[:nnz], indptr, sources, pred, 3.0)
print("limit 3:", D[0, 2], D[0, 3], D[0, 4], D[0, 5], D[1, 7])
