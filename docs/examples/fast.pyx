cdef void smooth(double[:, ::1] src, double[:, ::1] dst):
    cdef Py_ssize_t i, j
    for i in range(1, src.shape[0] - 1):
        for j in range(1, src.shape[1] - 1):
            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1])

cdef double window_sums(double[::1] a):
    cdef double total = 0
    cdef double[::1] w
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - 8):
        w = a[i:i + 8]
        for k in range(8):
            total += w[k]
    return total

cdef double window_sums_w(double[::1] a, Py_ssize_t w):
    cdef double total = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            total += win[k]
    return total
