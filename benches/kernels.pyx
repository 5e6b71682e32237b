# The benchmark kernels, compiled unchanged by cytrus and by Cython.
# Default directives: the checks are on.

cpdef double sum_(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

cpdef double dot(double[::1] a, double[::1] b):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

cpdef void saxpy(double alpha, double[::1] x, double[::1] y):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] = alpha * x[i] + y[i]

cpdef void matmul_c(double[:, ::1] a, double[:, ::1] b, double[:, ::1] c):
    cdef Py_ssize_t i, j, k
    cdef double s
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            s = 0
            for k in range(a.shape[1]):
                s += a[i, k] * b[k, j]
            c[i, j] = s

cpdef void matmul_s(double[:, :] a, double[:, :] b, double[:, :] c):
    cdef Py_ssize_t i, j, k
    cdef double s
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            s = 0
            for k in range(a.shape[1]):
                s += a[i, k] * b[k, j]
            c[i, j] = s

cpdef void stencil(double[:, ::1] src, double[:, ::1] dst):
    cdef Py_ssize_t i, j
    for i in range(1, src.shape[0] - 1):
        for j in range(1, src.shape[1] - 1):
            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1]) - src[i, j]

cpdef void colsum_t(double[:, ::1] m, double[::1] out):
    cdef double[::1, :] t = m.T
    cdef Py_ssize_t i, j
    for j in range(t.shape[1]):
        out[j] = 0
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            out[j] += t[i, j]

cpdef void colsum_step(double[:, ::1] m, double[::1] out):
    cdef double[:, :] s = m[:, ::2]
    cdef Py_ssize_t i, j
    for j in range(s.shape[1]):
        out[j] = 0
    for i in range(s.shape[0]):
        for j in range(s.shape[1]):
            out[j] += s[i, j]

cpdef double window_sums(double[::1] a):
    cdef double total = 0
    cdef double[::1] w
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - 8):
        w = a[i:i + 8]
        for k in range(8):
            total += w[k]
    return total
