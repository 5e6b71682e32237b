# Indexing: negative indices, out of bounds, per axis.

def at(double[:] a, Py_ssize_t i):
    return a[i]

def at2(int[:, :] a, Py_ssize_t i, Py_ssize_t j):
    return a[i, j]

def at_c(long[::1] a, int i):
    return a[i]

def set_at(double[:] a, Py_ssize_t i, double v):
    a[i] = v
    return a[i]

def at3(float[:, :, :] a, int i, int j, int k):
    return a[i, j, k]

def unsigned_index(double[:] a, size_t i):
    return a[i]
