# Small numeric kernels (the benchmark module uses the same shapes).

def saxpy(double a, double[:] x, double[:] y):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] = a * x[i] + y[i]

def first(double[:, :] a):
    return a[0, 0]

def dot(const double[:] a, const double[:] b):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

def matmul(double[:, ::1] a, double[:, ::1] b, double[:, ::1] out):
    cdef Py_ssize_t i, j, k
    cdef double s
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            s = 0
            for k in range(a.shape[1]):
                s += a[i, k] * b[k, j]
            out[i, j] = s

def argmax(const double[:] a):
    cdef Py_ssize_t i, best = -1
    for i in range(a.shape[0]):
        if best < 0 or a[i] > a[best]:
            best = i
    return best

def histogram(const long[:] values, long[:] counts):
    cdef Py_ssize_t i
    for i in range(values.shape[0]):
        counts[values[i]] += 1

def stencil(const double[:, :] a, double[:, :] out):
    cdef Py_ssize_t i, j
    for i in range(1, a.shape[0] - 1):
        for j in range(1, a.shape[1] - 1):
            out[i, j] = a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1] - 4 * a[i, j]

def mean(const float[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    if a.shape[0] == 0:
        raise ValueError("mean of empty array")
    for i in range(a.shape[0]):
        s += a[i]
    return s / a.shape[0]
