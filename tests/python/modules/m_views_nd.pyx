# 3-D and 4-D views.

def total3(double[:, :, :] a):
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                s += a[i, j, k] * (i - j + k)
    return s

def total3_c(float[:, :, ::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                s += a[i, j, k]
    return s

def shape4(int[:, :, :, :] a):
    return ((a.shape[0] * 10 + a.shape[1]) * 10 + a.shape[2]) * 10 + a.shape[3]

def count4(unsigned char[:, :, :, ::1] a):
    cdef long n = 0
    cdef Py_ssize_t i, j, k, l
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                for l in range(a.shape[3]):
                    n += a[i, j, k, l]
    return n

def fortran3(double[::1, :, :] a):
    return a.shape[0] + 10 * a.shape[1] + 100 * a.shape[2]
