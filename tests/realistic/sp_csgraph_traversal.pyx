# SciPy style (sparse/csgraph/_traversal.pyx, _tools): breadth-first order
# (the order array doubling as the queue) and an iterative depth-first
# order with per-node edge cursors over a CSR graph (ITYPE_t = int32),
# predecessors set to NULL_IDX = -9999, and connected components of the
# undirected graph by repeated traversal.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as np
cimport cython

np.import_array()

ctypedef np.float64_t DTYPE_t
ctypedef np.int32_t ITYPE_t
DTYPE = np.float64
ITYPE = np.int32

cdef ITYPE_t NULL_IDX = -9999


cdef ITYPE_t _bfs(ITYPE_t source, const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
                  ITYPE_t[::1] order, ITYPE_t[::1] predecessors) noexcept nogil:
    """Visit order from source; `order` doubles as the FIFO queue."""
    cdef ITYPE_t head = 0, tail = 1, node, nb, e
    order[0] = source
    while head < tail:
        node = order[head]
        head += 1
        for e in range(indptr[node], indptr[node + 1]):
            nb = indices[e]
            if nb != source and predecessors[nb] == NULL_IDX:
                predecessors[nb] = node
                order[tail] = nb
                tail += 1
    return tail


cdef ITYPE_t _dfs(ITYPE_t source, const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
                  ITYPE_t[::1] order, ITYPE_t[::1] predecessors,
                  ITYPE_t[::1] stack, ITYPE_t[::1] next_edge) noexcept nogil:
    """Preorder of an iterative DFS; next_edge[v] remembers where v's scan stopped."""
    cdef ITYPE_t depth = 0, n_seen = 1, node, nb
    cdef bint descended
    order[0] = stack[0] = source
    next_edge[source] = indptr[source]
    predecessors[source] = source       # marks it seen; reset by the caller
    while depth >= 0:
        node = stack[depth]
        descended = False
        while next_edge[node] < indptr[node + 1]:
            nb = indices[next_edge[node]]
            next_edge[node] += 1
            if predecessors[nb] == NULL_IDX:
                predecessors[nb] = node
                next_edge[nb] = indptr[nb]
                order[n_seen] = nb
                n_seen += 1
                depth += 1
                stack[depth] = nb
                descended = True
                break
        if not descended:
            depth -= 1
    predecessors[source] = NULL_IDX
    return n_seen


def breadth_first_order(const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
                        int N, int i_start, ITYPE_t[::1] predecessors):
    cdef ITYPE_t[::1] node_list = np.empty(N, dtype=ITYPE)
    cdef ITYPE_t length
    predecessors[:] = NULL_IDX
    length = _bfs(i_start, indices, indptr, node_list, predecessors)
    return np.asarray(node_list[:length])


def depth_first_order(const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
                      int N, int i_start, ITYPE_t[::1] predecessors):
    cdef ITYPE_t[::1] node_list = np.empty(N, dtype=ITYPE)
    cdef ITYPE_t[::1] stack = np.empty(N, dtype=ITYPE)
    cdef ITYPE_t[::1] next_edge = np.zeros(N, dtype=ITYPE)
    cdef ITYPE_t length
    predecessors[:] = NULL_IDX
    with nogil:
        length = _dfs(i_start, indices, indptr, node_list, predecessors, stack, next_edge)
    return np.asarray(node_list[:length])


# an undirected graph on 12 nodes as a symmetric CSR structure: a ring 0..5,
# a path 6-7-8 with a chord to 5, and an isolated pair 9-10, node 11 alone
cdef int N = 12, i, j, nnz = 0
cdef ITYPE_t[:, ::1] adj = np.zeros((N, N), dtype=ITYPE)
for i in range(6):
    adj[i, (i + 1) % 6] = adj[(i + 1) % 6, i] = 1
adj[6, 7] = adj[7, 6] = adj[7, 8] = adj[8, 7] = 1
adj[5, 8] = adj[8, 5] = 1
adj[9, 10] = adj[10, 9] = 1
cdef ITYPE_t[::1] indptr = np.zeros(N + 1, dtype=ITYPE)
cdef ITYPE_t[::1] indices = np.zeros(N * N, dtype=ITYPE)
for i in range(N):
    for j in range(N):
        if adj[i, j]:
            indices[nnz] = j
            nnz += 1
    indptr[i + 1] = nnz
cdef long long _code(const ITYPE_t[::1] a):
    """Base-13 digits of a + 1 (NULL_IDX as 0), most significant first."""
    cdef long long code = 0
    cdef Py_ssize_t k
    for k in range(a.shape[0]):
        code = code * 13 + (a[k] + 1 if a[k] != NULL_IDX else 0)
    return code


cdef ITYPE_t[::1] pred = np.empty(N, dtype=ITYPE)
cdef ITYPE_t[::1] order = breadth_first_order(indices[:nnz], indptr, N, 0, pred)
print("bfs", order.shape[0], _code(order), order[0], order[1], order[2], order[8])
print("pred", _code(pred), pred[6], pred[8], pred[9])
order = depth_first_order(indices[:nnz], indptr, N, 0, pred)
print("dfs", order.shape[0], _code(order), order[5], order[6], "pred", _code(pred))
cdef ITYPE_t[::1] labels = np.full(N, -1, dtype=ITYPE)
cdef int n_components = 0
for i in range(N):
    if labels[i] == -1:
        order = breadth_first_order(indices[:nnz], indptr, N, i, pred)
        for j in range(order.shape[0]):
            labels[order[j]] = n_components
        n_components += 1
print("components", n_components, _code(labels))
