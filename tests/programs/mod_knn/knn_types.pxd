# Type names and small inline helpers shared by the modules of mod_knn: a
# .pxd without a .pyx (scikit-learn's _typedefs.pxd style), with an extern
# block of its own.
# cython: cdivision=True
cdef extern from "math.h" nogil:
    double sqrt(double x)

ctypedef double real_t
ctypedef Py_ssize_t index_t

ctypedef fused realish:
    float
    double

cdef inline real_t dist2(const real_t* a, const real_t* b, index_t d) noexcept nogil:
    cdef real_t s = 0, t
    cdef index_t k
    for k in range(d):
        t = a[k] - b[k]
        s += t * t
    return s

cdef inline index_t wrap(index_t i, index_t n) noexcept nogil:
    # cdivision: C's remainder keeps the sign of i
    return i % n
