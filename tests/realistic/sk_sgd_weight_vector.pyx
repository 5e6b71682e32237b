# scikit-learn style (linear_model/_sgd_fast, utils/_weight_vector): plain
# SGD over sparse rows with a scaled weight vector (w = wscale * v), the
# struct, its methods and a cdef enum declared in the module's .pxd.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp

cnp.import_array()


cdef void wv_init(WeightVector* self, float64_t[::1] w) noexcept nogil:
    cdef intp_t j
    self.w = &w[0]
    self.wscale = 1.0
    self.n_features = w.shape[0]
    self.sq_norm = 0.0
    for j in range(w.shape[0]):
        self.sq_norm += w[j] * w[j]


cdef void wv_add(WeightVector* self, const float64_t* x_data, const int* x_ind,
                 int xnnz, float64_t c) noexcept nogil:
    """w += c * x, i.e. v += (c / wscale) * x; |w|^2 grows by
    2 c <w, x> + c^2 |x|^2 (<w, x> taken before the update)."""
    cdef int k
    cdef float64_t step = c / self.wscale, v_dot_x = 0.0, x_sq = 0.0, xk
    for k in range(xnnz):
        xk = x_data[k]
        v_dot_x += self.w[x_ind[k]] * xk
        x_sq += xk * xk
        self.w[x_ind[k]] += step * xk
    self.sq_norm += 2.0 * c * v_dot_x * self.wscale + c * c * x_sq


cdef float64_t wv_dot(const WeightVector* self, const float64_t* x_data,
                      const int* x_ind, int xnnz) noexcept nogil:
    cdef int j
    cdef float64_t innerprod = 0.0
    for j in range(xnnz):
        innerprod += self.w[x_ind[j]] * x_data[j]
    return innerprod * self.wscale


cdef void wv_scale(WeightVector* self, float64_t c) noexcept nogil:
    self.wscale *= c
    self.sq_norm *= c * c
    if self.wscale < 1e-9:
        wv_reset_wscale(self)


cdef void wv_reset_wscale(WeightVector* self) noexcept nogil:
    cdef intp_t j
    for j in range(self.n_features):
        self.w[j] *= self.wscale
    self.wscale = 1.0


cdef inline float64_t dloss(LossKind kind, float64_t p, float64_t y) noexcept nogil:
    cdef float64_t z = p * y
    if kind == HINGE:
        return -y if z <= 1.0 else 0.0
    elif kind == SQUARED_HINGE:
        return -2.0 * y * (1.0 - z) if z < 1.0 else 0.0
    return p - y


def plain_sgd(float64_t[::1] weights, const float64_t[::1] data, const int[::1] indices,
              const int[::1] indptr, const float64_t[::1] y, int n_epochs,
              float64_t eta, float64_t alpha, int loss):
    cdef WeightVector wv
    cdef int epoch, i, n_samples = indptr.shape[0] - 1, n_updates = 0
    cdef float64_t p, update
    wv_init(&wv, weights)
    for epoch in range(n_epochs):
        for i in range(n_samples):
            p = wv_dot(&wv, &data[indptr[i]], &indices[indptr[i]], indptr[i + 1] - indptr[i])
            update = -eta * dloss(<LossKind>loss, p, y[i])
            wv_scale(&wv, 1.0 - eta * alpha)
            if update != 0.0:
                wv_add(&wv, &data[indptr[i]], &indices[indptr[i]],
                       indptr[i + 1] - indptr[i], update)
                n_updates += 1
    wv_reset_wscale(&wv)
    return n_updates


cdef int n_samples = 10, n_features = 5, i, j, nnz = 0
cdef int[::1] indptr = np.zeros(n_samples + 1, dtype=np.int32)
cdef int[::1] indices = np.zeros(n_samples * n_features, dtype=np.int32)
cdef float64_t[::1] data = np.zeros(n_samples * n_features, dtype=np.float64)
cdef float64_t[::1] y = np.empty(n_samples, dtype=np.float64)
for i in range(n_samples):
    for j in range(n_features):
        if (i + j) % 3 != 0:
            indices[nnz] = j
            data[nnz] = ((i * j) % 4) - 1.5
            nnz += 1
    indptr[i + 1] = nnz
    y[i] = 1.0 if i % 2 == 0 else -1.0

cdef float64_t[::1] w
cdef int loss_kind, n_up
for loss_kind in range(3):
    w = np.zeros(n_features, dtype=np.float64)
    n_up = plain_sgd(w, data, indices, indptr, y, 4, 0.25, 0.0625, loss_kind)
    print("loss", loss_kind, "updates", n_up)
    print("   w", w[0], w[1], w[2], w[3], w[4])
print("enum values", <int>HINGE, <int>SQUARED_HINGE, <int>LOG_LIKE)
