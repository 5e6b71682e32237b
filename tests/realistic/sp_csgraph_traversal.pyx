# SciPy style (sparse/csgraph/_traversal.pyx, _tools): breadth-first order
# and depth-first order over a CSR graph (ITYPE_t = int32 indices), with
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


cdef unsigned int _breadth_first_directed(unsigned int head_node,
                                          const ITYPE_t[::1] indices,
                                          const ITYPE_t[::1] indptr,
                                          ITYPE_t[::1] node_list,
                                          ITYPE_t[::1] predecessors) noexcept nogil:
    cdef unsigned int i, pnode, cnode
    cdef unsigned int i_nl, i_nl_end
    node_list[0] = head_node
    i_nl = 0
    i_nl_end = 1
    while i_nl < i_nl_end:
        pnode = node_list[i_nl]
        for i in range(indptr[pnode], indptr[pnode + 1]):
            cnode = indices[i]
            if cnode == head_node:
                continue
            elif predecessors[cnode] == NULL_IDX:
                node_list[i_nl_end] = cnode
                predecessors[cnode] = pnode
                i_nl_end += 1
        i_nl += 1
    return i_nl_end


cdef unsigned int _depth_first_directed(unsigned int head_node,
                                        const ITYPE_t[::1] indices,
                                        const ITYPE_t[::1] indptr,
                                        ITYPE_t[::1] node_list,
                                        ITYPE_t[::1] predecessors,
                                        ITYPE_t[::1] root_list,
                                        ITYPE_t[::1] flag) noexcept nogil:
    cdef unsigned int i, i_nl_end, cnode, pnode
    cdef int i_root, no_children
    node_list[0] = head_node
    root_list[0] = head_node
    i_root = 0
    i_nl_end = 1
    flag[head_node] = 1
    while i_root >= 0:
        pnode = root_list[i_root]
        no_children = True
        for i in range(indptr[pnode], indptr[pnode + 1]):
            cnode = indices[i]
            if flag[cnode]:
                continue
            else:
                i_root += 1
                root_list[i_root] = cnode
                node_list[i_nl_end] = cnode
                predecessors[cnode] = pnode
                flag[cnode] = 1
                i_nl_end += 1
                no_children = False
                break
        if i_nl_end == node_list.shape[0]:
            break
        if no_children:
            i_root -= 1
    return i_nl_end


def breadth_first_order(const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
                        int N, int i_start, ITYPE_t[::1] predecessors):
    cdef ITYPE_t[::1] node_list = np.empty(N, dtype=ITYPE)
    predecessors[:] = NULL_IDX
    cdef unsigned int length = _breadth_first_directed(i_start, indices, indptr,
                                                       node_list, predecessors)
    return np.asarray(node_list[:length])


def depth_first_order(const ITYPE_t[::1] indices, const ITYPE_t[::1] indptr,
                      int N, int i_start, ITYPE_t[::1] predecessors):
    cdef ITYPE_t[::1] node_list = np.empty(N, dtype=ITYPE)
    cdef ITYPE_t[::1] root_list = np.empty(N, dtype=ITYPE)
    cdef ITYPE_t[::1] flag = np.zeros(N, dtype=ITYPE)
    predecessors[:] = NULL_IDX
    cdef unsigned int length = _depth_first_directed(i_start, indices, indptr, node_list,
                                                     predecessors, root_list, flag)
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
