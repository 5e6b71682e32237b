# prange kernels for benches/prange_bench.py: each takes the team size as
# its last argument (num_threads=threads) and keeps Cython's default
# directives (bounds checks and wraparound on).
from cython.parallel cimport prange

def psum(double[::1] a, int threads):
    cdef Py_ssize_t i
    cdef double s = 0
    for i in prange(a.shape[0], nogil=True, num_threads=threads):
        s += a[i]
    return s

def pdot(double[::1] a, double[::1] b, int threads):
    cdef Py_ssize_t i
    cdef double s = 0
    for i in prange(a.shape[0], nogil=True, num_threads=threads):
        s += a[i] * b[i]
    return s

def psaxpy(double alpha, double[::1] x, double[::1] y, int threads):
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=threads):
        y[i] = alpha * x[i] + y[i]

def pmatmul(double[:, ::1] a, double[:, ::1] b, double[:, ::1] c, int threads):
    cdef Py_ssize_t i, j, k
    cdef double s
    for i in prange(a.shape[0], nogil=True, num_threads=threads):
        for j in range(b.shape[1]):
            s = 0
            for k in range(a.shape[1]):
                s = s + a[i, k] * b[k, j]
            c[i, j] = s

def pstencil(double[:, ::1] src, double[:, ::1] dst, int threads):
    cdef Py_ssize_t i, j
    for i in prange(1, src.shape[0] - 1, nogil=True, num_threads=threads):
        for j in range(1, src.shape[1] - 1):
            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1]) - src[i, j]

cdef double window_sum(const double[::1] win) noexcept nogil:
    cdef Py_ssize_t k
    cdef double s = 0
    for k in range(win.shape[0]):
        s = s + win[k]
    return s

def pwindows(double[::1] a, double[::1] out, int w, int threads):
    cdef Py_ssize_t i
    for i in prange(a.shape[0] - w + 1, nogil=True, num_threads=threads):
        out[i] = window_sum(a[i:i + w])

cdef double row_score(const double[::1] row, const double[::1] coef) noexcept nogil:
    cdef Py_ssize_t j
    cdef double s = 0
    for j in range(row.shape[0]):
        s = s + row[j] * coef[j]
    return s

def prows(double[:, ::1] x, double[::1] coef, double[::1] out, int threads):
    # Cython issue 2987's shape: a slice per row handed to a nogil function.
    cdef Py_ssize_t i
    for i in prange(x.shape[0], nogil=True, num_threads=threads):
        out[i] = row_score(x[i, :], coef)
