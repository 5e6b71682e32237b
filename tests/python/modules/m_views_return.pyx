# Memoryviews returned to Python export the buffer protocol.

def same(double[:] a):
    return a

def tail(double[:] a):
    return a[1:]

def stepped(long[:] a):
    return a[::2]

def flipped(int[:] a):
    return a[::-1]

def transposed(double[:, :] a):
    return a.T

def row(float[:, ::1] a, Py_ssize_t i):
    return a[i]

def col(double[:, :] a, Py_ssize_t j):
    return a[:, j]

def const_back(const double[:] a):
    return a

cpdef double[:] cp_tail(double[:] a):
    return a[1:]
