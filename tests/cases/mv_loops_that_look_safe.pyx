# Loops whose indices look in range but are not: each must still raise IndexError.
from cython.view cimport array as cvarray

cdef int probe(int which, double[:] a, double[:] b, double[:, :] m) except -1:
    cdef Py_ssize_t i
    cdef double s = 0
    if which == 0:
        for i in range(a.shape[0]):
            s += b[i]
    elif which == 1:
        for i in range(a.shape[0] + 1):
            s += a[i]
    elif which == 2:
        for i in range(a.shape[0]):
            s += a[i + 1]
    elif which == 3:
        for i in range(a.shape[0]):
            if i == 2:
                a = b
            s += a[i]
    elif which == 4:
        for i in range(m.shape[1]):
            s += m[i, 0]
    elif which == 5:
        for i in range(1, a.shape[0]):
            s += a[i - 2]
    print("no error", which, s)
    return 0

def main():
    cdef double[:] a = cvarray(shape=(5,), itemsize=sizeof(double), format="d")
    cdef double[:] b = cvarray(shape=(3,), itemsize=sizeof(double), format="d")
    cdef double[:, :] m = cvarray(shape=(2, 6), itemsize=sizeof(double), format="d")
    a[:] = 1.0
    b[:] = 2.0
    m[:, :] = 3.0
    cdef int which
    for which in range(6):
        try:
            probe(which, a, b, m)
        except IndexError as e:
            print(which, "IndexError:", e)
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(-2, a.shape[0]):
        s += a[i]
    print("negative start wraps:", s)

main()
