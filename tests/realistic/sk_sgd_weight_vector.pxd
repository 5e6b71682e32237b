# Declarations for sk_sgd_weight_vector.pyx (scikit-learn's _weight_vector.pxd
# and _sgd_fast.pxd style, with a struct in place of the extension type).
cimport numpy as cnp

ctypedef cnp.float64_t float64_t
ctypedef cnp.intp_t intp_t

cdef struct WeightVector:
    float64_t* w
    float64_t wscale
    intp_t n_features
    float64_t sq_norm

cdef void wv_init(WeightVector* self, float64_t[::1] w) noexcept nogil
cdef void wv_add(WeightVector* self, const float64_t* x_data, const int* x_ind,
                 int xnnz, float64_t c) noexcept nogil
cdef float64_t wv_dot(const WeightVector* self, const float64_t* x_data,
                      const int* x_ind, int xnnz) noexcept nogil
cdef void wv_scale(WeightVector* self, float64_t c) noexcept nogil
cdef void wv_reset_wscale(WeightVector* self) noexcept nogil

cdef enum LossKind:
    HINGE = 0
    SQUARED_HINGE = 1
    LOG_LIKE = 2
