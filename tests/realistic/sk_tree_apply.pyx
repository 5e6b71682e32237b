# scikit-learn style: decision tree nodes as a C struct declared in a .pxd,
# held in a struct-dtype memoryview (Node[::1]) whose dtype comes from a
# cython array over one struct; apply() walks the tree per sample, the
# importances accumulate weighted impurity decreases.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.math cimport isnan

cnp.import_array()

TREE_LEAF = -1
TREE_UNDEFINED = -2
cdef SIZE_t _TREE_LEAF = TREE_LEAF
cdef SIZE_t _TREE_UNDEFINED = TREE_UNDEFINED

cdef Node dummy
NODE_DTYPE = np.asarray(<Node[:1]>(&dummy)).dtype


cdef SIZE_t apply_one(const Node* nodes, const DTYPE_t[::1] x) noexcept nogil:
    cdef const Node* node = nodes
    cdef DTYPE_t value
    while node.left_child != _TREE_LEAF:
        value = x[node.feature]
        if isnan(value):
            if node.missing_go_to_left:
                node = &nodes[node.left_child]
            else:
                node = &nodes[node.right_child]
        elif value <= node.threshold:
            node = &nodes[node.left_child]
        else:
            node = &nodes[node.right_child]
    return <SIZE_t>(node - nodes)


cdef void compute_importances(const Node* nodes, SIZE_t node_count,
                              DOUBLE_t[::1] importances) noexcept nogil:
    cdef const Node* node
    cdef const Node* left
    cdef const Node* right
    cdef SIZE_t i
    for i in range(node_count):
        node = &nodes[i]
        if node.left_child != _TREE_LEAF:
            left = &nodes[node.left_child]
            right = &nodes[node.right_child]
            importances[node.feature] += (
                node.weighted_n_node_samples * node.impurity
                - left.weighted_n_node_samples * left.impurity
                - right.weighted_n_node_samples * right.impurity)


def apply_dense(Node[::1] nodes, const DTYPE_t[:, ::1] X):
    cdef SIZE_t n_samples = X.shape[0], i
    cdef SIZE_t[::1] out = np.zeros(n_samples, dtype=np.intp)
    with nogil:
        for i in range(n_samples):
            out[i] = apply_one(&nodes[0], X[i])
    return np.asarray(out)


cdef void set_node(Node[::1] nodes, SIZE_t i, SIZE_t left, SIZE_t right,
                   SIZE_t feature, DOUBLE_t threshold, DOUBLE_t impurity,
                   SIZE_t n, bint missing_left):
    nodes[i].left_child = left
    nodes[i].right_child = right
    nodes[i].feature = feature
    nodes[i].threshold = threshold
    nodes[i].impurity = impurity
    nodes[i].n_node_samples = n
    nodes[i].weighted_n_node_samples = <DOUBLE_t>n
    nodes[i].missing_go_to_left = missing_left


cdef SIZE_t i
cdef Node[::1] tree = np.zeros(7, dtype=NODE_DTYPE)
set_node(tree, 0, 1, 2, 0, 2.5, 0.5, 16, True)
set_node(tree, 1, 3, 4, 1, 1.0, 0.375, 8, False)
set_node(tree, 2, 5, 6, 1, 3.5, 0.25, 8, True)
for i in range(3, 7):
    set_node(tree, i, _TREE_LEAF, _TREE_LEAF, _TREE_UNDEFINED, -2.0, 0.125 * (i - 3), 4, False)

print("node size:", sizeof(Node), "nodes:", tree.shape[0], "stride:", tree.strides[0])

cdef DTYPE_t[:, ::1] X = np.empty((10, 2), dtype=np.float32)
for i in range(10):
    X[i, 0] = i * 0.75
    X[i, 1] = (i * 7) % 5
X[9, 0] = float("nan")
X[4, 1] = float("nan")

cdef SIZE_t[::1] leaves = apply_dense(tree, X)
cdef SIZE_t code = 0
for i in range(10):
    print("sample", i, "->", leaves[i])
    code = code * 7 + leaves[i]
print("leaf code", code)

cdef DOUBLE_t[::1] imp = np.zeros(2, dtype=np.float64)
compute_importances(&tree[0], tree.shape[0], imp)
print("importances", imp[0], imp[1])
