# numpy arrays of structs: a record dtype matching a packed struct, and the
# dtype of a struct view taken with np.asarray(...).dtype.
import numpy as np

cdef packed struct Bin:
    double sum_gradients
    double sum_hessians
    unsigned int count

cdef struct Node:
    Py_ssize_t left
    Py_ssize_t right
    double threshold
    unsigned char is_leaf

BIN_DTYPE = np.dtype([
    ('sum_gradients', np.float64),
    ('sum_hessians', np.float64),
    ('count', np.uint32),
])

cdef Node dummy
NODE_DTYPE = np.asarray(<Node[:1]>(&dummy)).dtype

cdef Bin[:, ::1] bins = np.zeros((2, 3), dtype=BIN_DTYPE)
cdef Node[::1] nodes = np.empty(4, dtype=NODE_DTYPE)
cdef Py_ssize_t i, j
for i in range(2):
    for j in range(3):
        bins[i, j].sum_gradients = i + j * 0.5
        bins[i, j].count = i * 3 + j
for i in range(4):
    nodes[i].left = 2 * i + 1
    nodes[i].threshold = i / 4.0
    nodes[i].is_leaf = i % 2
print(bins[1, 2].sum_gradients, bins[1, 2].count, bins[0, 0].sum_hessians, bins.strides[0], bins.strides[1])
print(nodes[3].left, nodes[3].threshold, nodes[2].is_leaf, nodes.strides[0], nodes.shape[0])
bins = np.zeros((1, 1), dtype=BIN_DTYPE)
print(bins[0, 0].count, bins.shape[0])
