# Declarations of ski_ccomp.pyx (scikit-image's measure/_ccomp.pxd style):
# the union-find forest helpers that other modules can cimport.
cimport numpy as cnp

ctypedef cnp.intp_t DTYPE_t

cdef DTYPE_t find_root(DTYPE_t* forest, DTYPE_t n) noexcept nogil
cdef void join_trees(DTYPE_t* forest, DTYPE_t n, DTYPE_t m) noexcept nogil
