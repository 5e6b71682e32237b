# Windows that reach past either end are clamped, as Python slices are:
# a[i - 2:i + 3] near the start and the end is shorter, and indexing the
# missing elements raises.
from cython.view cimport array as cvarray

def main():
    cdef double[::1] a = cvarray(shape=(6,), itemsize=sizeof(double), format="d")
    cdef double[::1] w
    cdef Py_ssize_t i, k
    cdef double s
    for i in range(6):
        a[i] = i + 1
    for i in range(a.shape[0]):
        w = a[i - 2:i + 3]
        s = 0
        for k in range(w.shape[0]):
            s += w[k]
        print(i, w.shape[0], s)
    for i in range(a.shape[0]):
        w = a[i + 2:i]
        print("empty", i, w.shape[0])
    for i in range(-8, 9, 4):
        w = a[i:]
        print("tail", i, w.shape[0])
        w = a[:i]
        print("head", i, w.shape[0])
    for i in range(a.shape[0] - 2):
        w = a[i:i + 4]
        s = 0
        for k in range(4):
            s += w[k]
        print("window", i, s)

main()
