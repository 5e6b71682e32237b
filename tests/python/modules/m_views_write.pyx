# Kernels that write into their arguments.

def fill(double[:] a, double v):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i] = v

def scale(double[:, ::1] a, double k):
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] *= k

def saxpy(double alpha, double[:] x, double[:] y):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] += alpha * x[i]

def copy_into(const float[:] src, float[:] dst):
    cdef Py_ssize_t i
    for i in range(src.shape[0]):
        dst[i] = src[i]
    return src.shape[0]

def cumsum(long[:] a):
    cdef Py_ssize_t i
    for i in range(1, a.shape[0]):
        a[i] += a[i - 1]

def slice_assign(int[:] a, int v):
    a[:] = v

def swap_rows(double[:, :] a):
    cdef Py_ssize_t j
    cdef double t
    if a.shape[0] < 2:
        return False
    for j in range(a.shape[1]):
        t = a[0, j]
        a[0, j] = a[1, j]
        a[1, j] = t
    return True

def bytes_inc(unsigned char[:] a):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i] += 1
