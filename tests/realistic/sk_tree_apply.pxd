# Declarations shared by the decision-tree kernel (scikit-learn's _tree.pxd style).
cimport numpy as cnp

ctypedef cnp.npy_float32 DTYPE_t          # type of X
ctypedef cnp.npy_float64 DOUBLE_t         # type of y, sample_weight
ctypedef cnp.npy_intp SIZE_t              # type for indices and counters
ctypedef cnp.npy_int32 INT32_t            # signed 32 bit integer

cdef struct Node:
    SIZE_t left_child
    SIZE_t right_child
    SIZE_t feature
    DOUBLE_t threshold
    DOUBLE_t impurity
    SIZE_t n_node_samples
    DOUBLE_t weighted_n_node_samples
    unsigned char missing_go_to_left

cdef SIZE_t apply_one(const Node* nodes, const DTYPE_t[::1] x) noexcept nogil
cdef void compute_importances(const Node* nodes, SIZE_t node_count,
                              DOUBLE_t[::1] importances) noexcept nogil
