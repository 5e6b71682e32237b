# The windows' loop runs to the end of `a`, so the last windows are short:
# w[k] for k in range(3) fails on the first short one, after the sums before.
from cython.view cimport array as cvarray

cdef double sums(double[::1] a):
    cdef double total = 0
    cdef double[::1] w
    cdef Py_ssize_t i, k
    for i in range(a.shape[0]):
        w = a[i:i + 3]
        for k in range(3):
            total += w[k]
        print(i, total)
    return total

def main():
    cdef double[::1] a = cvarray(shape=(5,), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i
    for i in range(5):
        a[i] = i * 1.5
    print(sums(a))

main()
